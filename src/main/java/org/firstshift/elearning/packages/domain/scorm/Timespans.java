package org.firstshift.elearning.packages.domain.scorm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SCORM's two ways of writing a duration, in hundredths of a second: 1.2's HHHH:MM:SS.SS and 2004's ISO 8601. */
final class Timespans {
    static final Pattern ISO = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private Timespans() {
    }

    static long centis12(String t) {
        String[] p = t.split(":");
        if (p.length != 3) {
            return 0;
        }
        return Long.parseLong(p[0]) * 360_000 + Long.parseLong(p[1]) * 6_000 + Math.round(Double.parseDouble(p[2]) * 100);
    }

    static String format12(long centis) {
        long h = centis / 360_000;
        long m = centis % 360_000 / 6_000;
        long s = centis % 6_000;
        return String.format("%04d:%02d:%02d.%02d", Math.min(h, 9999), m, s / 100, s % 100);
    }

    /** Years and months count as 365 and 30 days, as SCORM leaves the calendar out of durations. */
    static long centisIso(String t) {
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            return 0;
        }
        long days = n(m.group(1)) * 365 + n(m.group(2)) * 30 + n(m.group(3));
        long centis = ((days * 24 + n(m.group(4))) * 60 + n(m.group(5))) * 6_000;
        return centis + (m.group(6) == null ? 0 : Math.round(Double.parseDouble(m.group(6)) * 100));
    }

    static String formatIso(long centis) {
        long h = centis / 360_000;
        long m = centis % 360_000 / 6_000;
        long s = centis % 6_000;
        return "PT" + h + "H" + m + "M" + s / 100 + (s % 100 == 0 ? "" : String.format(".%02d", s % 100)) + "S";
    }

    private static long n(String g) {
        return g == null ? 0 : Long.parseLong(g);
    }
}
