package org.firstshift.integration.application;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignaturesTest {

    @Test
    void signsTheBodyWithHmacSha256AsInRfc4231() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void verifiesOnlyTheRightSecretAndBody() {
        byte[] body = "{\"type\":\"webhook.test\"}".getBytes(StandardCharsets.UTF_8);
        String header = Signatures.sign("whsec_a", body);
        assertTrue(Signatures.verify("whsec_a", body, header));
        assertFalse(Signatures.verify("whsec_b", body, header));
        assertFalse(Signatures.verify("whsec_a", "{\"type\":\"x\"}".getBytes(StandardCharsets.UTF_8), header));
        assertFalse(Signatures.verify("whsec_a", body, null));
    }

    @Test
    void secretsAreRandomAndPrefixed() {
        String a = Signatures.newSecret();
        assertTrue(a.startsWith("whsec_") && a.length() == 6 + 43, a);
        assertNotEquals(a, Signatures.newSecret());
    }
}
