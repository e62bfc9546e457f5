package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("anna", "orange bicycle lamp"));
    }

    @Test
    void shortPasswordsAreRefusedWithTheMinimumLength() {
        var e = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("anna", "short1"));
        assertTrue(e.getMessage().contains("10"));
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("anna", "my-ANNA-password"));
        assertTrue(e.getMessage().contains("user name"));
    }

    @Test
    void aWellKnownPasswordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check("bob", "Password123"));
    }
}
