package org.firstshift.certification.application;

import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.certification.domain.CertificationTerms;
import org.firstshift.certification.domain.CycleStatus;
import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How cycles add up to what an employee holds on a day (status, valid until, recertification window). */
class HoldingTest {
    static final Certification RETAIL = new Certification("RETAIL-SERVICE", new LocalizedText("Retail", "Розница"), null,
            new CertificationTerms(12, 60, List.of(30, 7)));
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    static CertificationCycle cycle(String from, String until) {
        return CertificationCycle.imported(1, "RETAIL-SERVICE", LocalDate.parse(from), LocalDate.parse(until), null, "AAAAAAAAAAAA",
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    static Certifications.Holding holding(List<Certifications.CycleView> views) {
        return Certifications.holding(1, RETAIL, views, TODAY);
    }

    @Test
    void aCycleEndingSoonIsValidWithTheWindowOpen() {
        CertificationCycle c = cycle("2025-04-01", "2026-03-31");
        Certifications.Holding h = holding(List.of(new Certifications.CycleView(c, c.statusOn(TODAY, false), false)));
        assertEquals(CycleStatus.VALID, h.status());
        assertEquals(LocalDate.parse("2026-03-31"), h.validUntil());
        assertTrue(h.windowOpen());
        assertEquals(LocalDate.parse("2026-01-30"), h.windowOpens());
    }

    @Test
    void afterARenewalTheHoldingRunsToTheRenewalsEndAndTheWindowCloses() {
        CertificationCycle old = cycle("2025-04-01", "2026-03-31");
        CertificationCycle renewal = cycle("2026-04-01", "2027-03-31");
        Certifications.Holding h = holding(List.of(new Certifications.CycleView(old, old.statusOn(TODAY, true), true),
                new Certifications.CycleView(renewal, renewal.statusOn(TODAY, false), false)));
        assertEquals(CycleStatus.VALID, h.status());
        assertEquals(LocalDate.parse("2027-03-31"), h.validUntil());
        assertFalse(h.windowOpen());
        assertEquals(CycleStatus.UPCOMING, h.cycles().get(1).status());
    }

    @Test
    void aLapsedCycleMakesTheHoldingExpired() {
        CertificationCycle c = cycle("2024-04-01", "2025-03-31");
        Certifications.Holding h = holding(List.of(new Certifications.CycleView(c, c.statusOn(TODAY, false), false)));
        assertEquals(CycleStatus.EXPIRED, h.status());
        assertFalse(h.windowOpen());
    }

    @Test
    void closingACycleTwiceIsRefused() {
        CertificationCycle c = cycle("2024-04-01", "2025-03-31");
        c.close(false, Instant.parse("2025-04-01T00:05:00Z"));
        assertEquals(CertificationCycle.State.LAPSED, c.getState());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> c.close(false, Instant.now()));
    }
}
