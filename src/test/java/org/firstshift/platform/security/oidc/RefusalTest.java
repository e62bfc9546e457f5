package org.firstshift.platform.security.oidc;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalTest {

    @Test
    void onlyKnownCodesAreRecognised() {
        assertEquals(Refusal.UNKNOWN_ACCOUNT, Refusal.ofCode("unknown-account").orElseThrow());
        assertTrue(Refusal.ofCode("<script>").isEmpty());
        assertTrue(Refusal.ofCode(null).isEmpty());
    }

    @Test
    void everyRefusalHasAMessageInEnglish() throws Exception {
        Properties en = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/platform_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Refusal r : Refusal.values()) {
            assertTrue(en.containsKey(r.messageKey()), r.messageKey());
        }
    }

    @Test
    void whatTheCallbackSaysCannotForgeLogLines() {
        String message = new SignInRefused(Refusal.DENIED, "OIDC provider answered access_denied: x\nSEVERE forged line").getMessage();
        assertEquals("OIDC provider answered access_denied: x?SEVERE forged line", message);
        assertEquals(503, SignInRefused.forLog("a".repeat(2000)).length());
    }
}
