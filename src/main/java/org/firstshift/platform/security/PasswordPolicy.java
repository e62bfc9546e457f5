package org.firstshift.platform.security;

import java.util.Locale;

/**
 * The password policy (ASVS level 2 style): long enough, not the user name, not a well-known
 * password. Length beats composition rules, so there are none of those.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    private static final java.util.Set<String> COMMON = java.util.Set.of(
            "password123", "1234567890", "qwertyuiop", "password1234", "iloveyou12", "welcome123",
            "firstshift", "firstshift1", "changeme123", "administrator");

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > 200) {
            throw new IllegalArgumentException("password must be at most 200 characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("password must not contain the user name");
        }
        if (COMMON.contains(lower)) {
            throw new IllegalArgumentException("password is too common");
        }
    }
}
