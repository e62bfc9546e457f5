package org.firstshift.motivation.domain;

import java.util.Locale;

/**
 * The plural category of a number, as CLDR names it: English has "one" and "many" (other);
 * Russian "one" (1, 21, 101), "few" (2-4, 22-24) and "many" (0, 5-20, 11-14, 25...). Bundle keys
 * end in {@code .one}, {@code .few} and {@code .many} in both languages (English repeats "many"
 * as "few") so the key sets stay equal.
 */
public final class Plurals {
    private Plurals() {
    }

    public static String category(long n, Locale locale) {
        long abs = Math.abs(n);
        if (!"ru".equals(locale.getLanguage())) {
            return abs == 1 ? "one" : "many";
        }
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }
}
