package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountIdentityStoreTest {

    @Test
    void userNamesInSecurityLogLinesCannotForgeLinesOrFloodThem() {
        assertEquals("anna?[INFO] admin signed in", AccountIdentityStore.printable("anna\n[INFO] admin signed in"));
        assertEquals(67, AccountIdentityStore.printable("x".repeat(500)).length());
        assertEquals("", AccountIdentityStore.printable(null));
    }
}
