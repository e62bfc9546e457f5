package org.firstshift.certification.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificationTermsTest {
    /** 12 months, recertification 60 days before expiry, reminders 30 and 7 days before. */
    static final CertificationTerms RETAIL = new CertificationTerms(12, 60, List.of(7, 30));
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(FIXED);

    record Dates(LocalDate validFrom, LocalDate validUntil, boolean revoked) implements CertificationTerms.CycleDates {
        static Dates of(String from, String until) {
            return new Dates(LocalDate.parse(from), LocalDate.parse(until), false);
        }
    }

    @Test
    void aCycleEndsTheDayBeforeTheSameDateAYearLater() {
        assertEquals(LocalDate.parse("2027-03-09"), RETAIL.lastValidDay(TODAY));
        assertEquals(LocalDate.parse("2025-02-27"), RETAIL.lastValidDay(LocalDate.parse("2024-02-28")));
        // a cycle starting on a leap day runs to the end of February next year
        assertEquals(LocalDate.parse("2025-02-27"), RETAIL.lastValidDay(LocalDate.parse("2024-02-29")));
    }

    @Test
    void theFirstPassGrantsACycleFromToday() {
        CertificationTerms.Renewal r = RETAIL.onPass(List.of(), TODAY);
        assertEquals(CertificationTerms.Renewal.Kind.FIRST, r.kind());
        assertEquals(TODAY, r.validFrom());
        assertEquals(LocalDate.parse("2027-03-09"), r.validUntil());
        assertNull(r.previous());
    }

    @Test
    void passingInsideTheWindowContinuesFromTheCurrentExpiry() {
        Dates current = Dates.of("2025-04-01", "2026-03-31"); // 21 days left: window (60) open
        CertificationTerms.Renewal r = RETAIL.onPass(List.of(current), TODAY);
        assertEquals(CertificationTerms.Renewal.Kind.RENEWAL, r.kind());
        assertEquals(LocalDate.parse("2026-04-01"), r.validFrom());
        assertEquals(LocalDate.parse("2027-03-31"), r.validUntil());
        assertSame(current, r.previous());
    }

    @Test
    void theWindowOpensExactlyWindowDaysBeforeExpiry() {
        Dates current = Dates.of("2025-05-10", "2026-05-09");
        assertEquals(LocalDate.parse("2026-03-10"), RETAIL.windowOpens(current.validUntil()));
        assertEquals(CertificationTerms.Renewal.Kind.RENEWAL, RETAIL.onPass(List.of(current), TODAY).kind());
        assertEquals(CertificationTerms.Renewal.Kind.ALREADY_HELD, RETAIL.onPass(List.of(current), TODAY.minusDays(1)).kind());
    }

    @Test
    void passingWhileHeldAndBeforeTheWindowEarnsNothing() {
        Dates current = Dates.of("2025-12-01", "2026-11-30");
        CertificationTerms.Renewal r = RETAIL.onPass(List.of(current), TODAY);
        assertFalse(r.grants());
        assertNull(r.validFrom());
    }

    @Test
    void passingAfterALapseStartsFresh() {
        Dates lapsed = Dates.of("2025-01-01", "2025-12-31");
        CertificationTerms.Renewal r = RETAIL.onPass(List.of(lapsed), TODAY);
        assertEquals(CertificationTerms.Renewal.Kind.AFTER_LAPSE, r.kind());
        assertEquals(TODAY, r.validFrom());
        assertEquals(LocalDate.parse("2027-03-09"), r.validUntil());
    }

    @Test
    void onTheLastValidDayItIsStillARenewal() {
        Dates current = Dates.of("2025-03-11", "2026-03-10");
        CertificationTerms.Renewal r = RETAIL.onPass(List.of(current), TODAY);
        assertEquals(CertificationTerms.Renewal.Kind.RENEWAL, r.kind());
        assertEquals(LocalDate.parse("2026-03-11"), r.validFrom());
    }

    @Test
    void aRenewalAlreadyEarnedMeansTheNextPassEarnsNothing() {
        Dates current = Dates.of("2025-04-01", "2026-03-31");
        Dates renewal = Dates.of("2026-04-01", "2027-03-31");
        assertFalse(RETAIL.onPass(List.of(current, renewal), TODAY).grants());
    }

    @Test
    void revokedCyclesDoNotCount() {
        Dates revoked = new Dates(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-11-30"), true);
        assertEquals(CertificationTerms.Renewal.Kind.FIRST, RETAIL.onPass(List.of(revoked), TODAY).kind());
    }

    @Test
    void remindersCountDownAndGoOnce() {
        LocalDate until = TODAY.plusDays(40);
        assertEquals(Optional.empty(), RETAIL.reminderDue(until, TODAY, null), "40 days left: no reminder yet");
        assertEquals(Optional.of(30), RETAIL.reminderDue(until, TODAY.plusDays(10), null), "30 days left");
        assertEquals(Optional.empty(), RETAIL.reminderDue(until, TODAY.plusDays(11), 30), "30 already sent");
        assertEquals(Optional.of(7), RETAIL.reminderDue(until, TODAY.plusDays(33), 30), "7 days left");
        assertEquals(Optional.empty(), RETAIL.reminderDue(until, TODAY.plusDays(35), 7), "7 already sent");
        assertEquals(Optional.empty(), RETAIL.reminderDue(until, TODAY.plusDays(41), null), "after expiry nothing");
    }

    @Test
    void aMissedReminderIsReplacedByTheMostUrgentOne() {
        LocalDate until = TODAY.plusDays(5);
        assertEquals(Optional.of(7), RETAIL.reminderDue(until, TODAY, null), "never the stale 30-day reminder");
        assertEquals(Optional.of(7), RETAIL.reminderDue(until, TODAY, 30));
    }

    @Test
    void termsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new CertificationTerms(0, 60, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CertificationTerms(12, -1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CertificationTerms(12, 60, List.of(-3)));
        assertEquals(List.of(30, 7), RETAIL.reminderDays());
    }

    @Test
    void statusComesFromTheDates() {
        LocalDate from = LocalDate.parse("2025-04-01");
        LocalDate until = LocalDate.parse("2026-03-31");
        assertEquals(CycleStatus.VALID, CycleStatus.of(from, until, false, false, until));
        assertEquals(CycleStatus.EXPIRED, CycleStatus.of(from, until, false, false, until.plusDays(1)));
        assertEquals(CycleStatus.SUPERSEDED, CycleStatus.of(from, until, false, true, until.plusDays(1)));
        assertEquals(CycleStatus.UPCOMING, CycleStatus.of(from, until, false, false, from.minusDays(1)));
        assertEquals(CycleStatus.REVOKED, CycleStatus.of(from, until, true, false, from));
        assertTrue(CycleStatus.of(from, until, false, true, from) == CycleStatus.VALID);
    }
}
