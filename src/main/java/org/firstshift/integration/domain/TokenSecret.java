package org.firstshift.integration.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The token text: {@code fs_} and 256 random bits in URL-safe Base64 (43 characters). The prefix
 * makes a leaked token recognisable to secret scanners; only its SHA-256 is stored (a random
 * 256-bit value needs no salt or slow hash: it cannot be guessed from its hash).
 */
public final class TokenSecret {
    public static final String PREFIX = "fs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text looks like one of our tokens (saves a database look-up for anything else). */
    public static boolean looksValid(String token) {
        return token != null && token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX)
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** What lists show to tell tokens apart: the prefix and the first six characters. */
    public static String hint(String token) {
        return token.substring(0, PREFIX.length() + 6) + "…";
    }
}
