package org.firstshift.elearning.xapi.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The content of an attachment as it travels in a multipart/mixed part, named by its SHA-2 hash.
 * The hash is checked against the content: SHA-256, SHA-384 or SHA-512 by the hash's length.
 */
public record Attachment(String sha2, String contentType, byte[] content) {

    /** A part as received: refused unless its hash header matches its content. */
    public static Attachment received(String sha2Header, String contentType, byte[] content) {
        if (sha2Header == null || sha2Header.isBlank()) {
            throw XapiException.badRequest("attachment part: the X-Experience-API-Hash header is required");
        }
        if (contentType == null || contentType.isBlank()) {
            throw XapiException.badRequest("attachment part " + sha2Header + ": Content-Type is required");
        }
        String sha2 = sha2Header.trim().toLowerCase(Locale.ROOT);
        String algorithm = switch (sha2.length()) {
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> throw XapiException.badRequest("attachment part: '" + sha2Header + "' is not a SHA-256, SHA-384 or SHA-512 hash");
        };
        String actual = hash(algorithm, content);
        if (!actual.equals(sha2)) {
            throw XapiException.badRequest("attachment part: the content does not match its hash " + sha2Header + " (" + algorithm + " is " + actual + ")");
        }
        return new Attachment(sha2, contentType, content);
    }

    public static String hash(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JVM", e);
        }
    }
}
