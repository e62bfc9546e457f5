package org.firstshift.certification.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The date rules of one certification, free of persistence so they can be tested with any day:
 * how long a cycle lasts, when recertification opens, which reminder is due, and what passing
 * the exam on a given day earns.
 *
 * @param validityMonths   a cycle lasts this many months; its last valid day is the day before
 *                         the same date that many months later
 * @param windowDays       recertification opens this many days before the last valid day
 * @param reminderDays     days before the last valid day on which a reminder goes out, e.g. [30, 7]
 */
public record CertificationTerms(int validityMonths, int windowDays, List<Integer> reminderDays) {

    public CertificationTerms {
        if (validityMonths < 1 || validityMonths > 120) {
            throw new IllegalArgumentException("validity must be 1 to 120 months, not " + validityMonths);
        }
        if (windowDays < 0 || windowDays > 365) {
            throw new IllegalArgumentException("the recertification window must be 0 to 365 days, not " + windowDays);
        }
        reminderDays = reminderDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (reminderDays.stream().anyMatch(d -> d < 0 || d > 365)) {
            throw new IllegalArgumentException("reminders must be 0 to 365 days before expiry: " + reminderDays);
        }
    }

    /** The last valid day of a cycle starting on {@code from}. */
    public LocalDate lastValidDay(LocalDate from) {
        return from.plusMonths(validityMonths).minusDays(1);
    }

    /** The first day on which a cycle ending on {@code validUntil} may be renewed. */
    public LocalDate windowOpens(LocalDate validUntil) {
        return validUntil.minusDays(windowDays);
    }

    /**
     * The reminder due on {@code today} for a cycle ending {@code validUntil}, given the last one
     * sent ({@code null}: none yet). Reminders count down (30, then 7): when days were missed only
     * the most urgent due reminder goes out, never an earlier, now stale one, and none after expiry.
     */
    public Optional<Integer> reminderDue(LocalDate validUntil, LocalDate today, Integer lastSent) {
        long daysLeft = ChronoUnit.DAYS.between(today, validUntil);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        Optional<Integer> due = reminderDays.stream().filter(d -> d >= daysLeft).min(Comparator.naturalOrder());
        return due.filter(d -> lastSent == null || d < lastSent);
    }

    /**
     * What passing on {@code today} earns, given the cycles held so far (revoked ones included;
     * they do not count).
     */
    public Renewal onPass(List<? extends CycleDates> held, LocalDate today) {
        Optional<? extends CycleDates> latest = held.stream().filter(c -> !c.revoked())
                .max(Comparator.comparing(CycleDates::validUntil));
        if (latest.isEmpty()) {
            return new Renewal(Renewal.Kind.FIRST, today, lastValidDay(today), null);
        }
        CycleDates last = latest.get();
        if (last.validUntil().isBefore(today)) {
            return new Renewal(Renewal.Kind.AFTER_LAPSE, today, lastValidDay(today), last);
        }
        if (!today.isBefore(windowOpens(last.validUntil()))) {
            LocalDate from = last.validUntil().plusDays(1);
            return new Renewal(Renewal.Kind.RENEWAL, from, lastValidDay(from), last);
        }
        return new Renewal(Renewal.Kind.ALREADY_HELD, null, null, last);
    }

    /** What a pass earns: a new cycle from..until, continuing {@code previous} when renewing. */
    public record Renewal(Kind kind, LocalDate validFrom, LocalDate validUntil, CycleDates previous) {
        public enum Kind {
            /** never held (or only revoked): a cycle from today */
            FIRST,
            /** held and inside the window: a new cycle from the day after the current one ends */
            RENEWAL,
            /** held but lapsed: a fresh cycle from today */
            AFTER_LAPSE,
            /** held, window not open yet: nothing new */
            ALREADY_HELD
        }

        public boolean grants() {
            return kind != Kind.ALREADY_HELD;
        }
    }

    /** The dates of a cycle as these rules need them. */
    public interface CycleDates {
        LocalDate validFrom();

        LocalDate validUntil();

        boolean revoked();
    }
}
