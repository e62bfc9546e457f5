package org.firstshift.people.domain;

import java.util.regex.Pattern;

/** Codes of positions, locations and grades: short, upper-case, stable keys used in files and imports. */
public final class Codes {
    private static final Pattern VALID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private Codes() {
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("code '" + code
                    + "' must be 1-40 characters: upper-case letters, digits, '_' or '-'");
        }
        return code;
    }
}
