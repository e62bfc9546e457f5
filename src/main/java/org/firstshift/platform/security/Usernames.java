package org.firstshift.platform.security;

import java.util.regex.Pattern;

/** What a user name may look like: short, lower-case, no spaces, safe in URLs and logs. */
public final class Usernames {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    public static String requireValid(String username) {
        if (!isValid(username)) {
            throw new IllegalArgumentException("user name '" + username
                    + "' must be 2-100 characters: lower-case letters, digits, '.', '_', '@' or '-'");
        }
        return username;
    }
}
