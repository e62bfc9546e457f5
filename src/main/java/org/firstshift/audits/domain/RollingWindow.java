package org.firstshift.audits.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An employee's current audit standing: the mean score of their last {@value #VISITS} visits that
 * took place within the last {@value #MONTHS} months. Both limits apply: one old bad visit is
 * forgotten after six months, and a run of recent visits outweighs anything before the last three.
 */
public final class RollingWindow {
    public static final int VISITS = 3;
    public static final int MONTHS = 6;

    private RollingWindow() {
    }

    public record Visit(LocalDate date, double percent) {
    }

    /** The visits in the window, newest first. */
    public static List<Visit> window(List<Visit> visits, LocalDate today) {
        LocalDate from = today.minusMonths(MONTHS);
        return visits.stream()
                .filter(v -> !v.date().isBefore(from) && !v.date().isAfter(today))
                .sorted(Comparator.comparing(Visit::date).reversed())
                .limit(VISITS)
                .toList();
    }

    public static OptionalDouble score(List<Visit> visits, LocalDate today) {
        List<Visit> in = window(visits, today);
        return in.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(Scoring.round(in.stream().mapToDouble(Visit::percent).average().orElseThrow()));
    }
}
