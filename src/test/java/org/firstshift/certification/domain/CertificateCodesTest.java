package org.firstshift.certification.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateCodesTest {

    @Test
    void codesAreTwelveBase32CharactersAndDoNotRepeat() {
        CertificateCodes codes = new CertificateCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = codes.next();
            assertTrue(code.matches("[A-Z2-7]{12}"), code);
            assertTrue(seen.add(code), "repeated: " + code);
        }
    }

    @Test
    void everySymbolOfTheAlphabetIsUsed() {
        CertificateCodes codes = new CertificateCodes();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            codes.next().chars().forEach(c -> used.add((char) c));
        }
        assertEquals(32, used.size(), "all 32 symbols appear, so each carries 5 bits");
    }

    @Test
    void typedCodesAreNormalisedAndJunkIsRefused() {
        assertEquals(Optional.of("ABCDEFGH2345"), CertificateCodes.normalise(" abcd-efgh 2345 "));
        assertEquals(Optional.empty(), CertificateCodes.normalise("ABCDEFGH234"));
        assertEquals(Optional.empty(), CertificateCodes.normalise("ABCDEFGH2341"), "1 is not base32");
        assertEquals(Optional.empty(), CertificateCodes.normalise("' OR 1=1 --"));
        assertEquals(Optional.empty(), CertificateCodes.normalise(null));
    }
}
