package org.firstshift.shadowing.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The photo formats a sign-off accepts, recognised by their first bytes (magic numbers), never by
 * a file name or a declared content type, which any client can get wrong or fake.
 */
public enum PhotoFormat {
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** The largest photo kept: a phone photo resized by the sign-off page is far smaller. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    PhotoFormat(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<PhotoFormat> of(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(f -> bytes.length >= f.magic.length && Arrays.equals(bytes, 0, f.magic.length, f.magic, 0, f.magic.length))
                .findFirst();
    }

    /** The format of an acceptable photo; refuses anything else with a reason a person can act on. */
    public static PhotoFormat check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the photo is larger than 5 MB (" + (bytes.length / 1024) + " KB)");
        }
        return of(bytes).orElseThrow(() -> new IllegalArgumentException("the photo must be a JPEG or PNG image"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
