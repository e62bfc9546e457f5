package org.firstshift.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes of certificates: 12 characters of base32 (RFC 4648 alphabet, A-Z and 2-7),
 * 60 random bits from {@link SecureRandom}, so that codes cannot be guessed or counted through.
 * Readers may type them in lower case or with spaces and dashes.
 */
public final class CertificateCodes {
    public static final int LENGTH = 12;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public static final String PATTERN = "[A-Z2-7]{" + LENGTH + "}";

    private final SecureRandom random;

    public CertificateCodes(SecureRandom random) {
        this.random = random;
    }

    public CertificateCodes() {
        this(new SecureRandom());
    }

    public String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The code in its canonical form, or empty when it cannot be a code at all. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.matches(PATTERN) ? Optional.of(code) : Optional.empty();
    }
}
