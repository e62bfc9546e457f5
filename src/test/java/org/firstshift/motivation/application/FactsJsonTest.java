package org.firstshift.motivation.application;

import org.firstshift.platform.results.ResultBook;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FactsJsonTest {

    private static ResultBook.Results sample(boolean reversed) {
        ResultBook book = new ResultBook();
        var a1 = new ResultBook.AuditResult(5, 1, LocalDate.of(2026, 2, 1), 86.5, false, List.of("EXTRA-01", "CLOSE-02"));
        var a2 = new ResultBook.AuditResult(5, 2, LocalDate.of(2026, 3, 1), 90, true, List.of());
        book.add(reversed ? a2 : a1);
        book.add(reversed ? a1 : a2);
        book.add(new ResultBook.ExamResult(5, "RETAIL-CERT-EXAM", 82.5, true, Instant.parse("2026-01-10T09:00:00Z")));
        book.add(new ResultBook.CertificationCycle(5, "RETAIL-SERVICE", LocalDate.of(2026, 1, 10), null, false));
        book.add(new ResultBook.ShadowingResult(5, "SH-SALES", Instant.parse("2026-01-05T12:00:00Z")));
        book.add(new ResultBook.RoleplayResult(5, "RP-THINK", true, Instant.parse("2026-01-06T12:00:00Z")));
        book.add(new ResultBook.Tenure(5, "SALES_CONSULTANT", LocalDate.of(2025, 9, 1)));
        return book.of(5);
    }

    @Test
    void factsSurviveTheRoundTripAndEqualFactsGiveEqualText() {
        String json = FactsJson.write(sample(false));
        assertEquals(json, FactsJson.write(sample(true)), "order of adding does not matter");
        ResultBook.Results back = FactsJson.read(5, json);
        assertEquals(json, FactsJson.write(back));
        assertEquals(List.of("EXTRA-01", "CLOSE-02"), back.audits.get(0).failedRuleIds());
        assertEquals(null, back.certifications.get(0).validUntil());
        assertEquals(LocalDate.of(2025, 9, 1), back.tenure.since());
        assertEquals(FactsJson.fingerprint(1, "EXPERT", json), FactsJson.fingerprint(1, "EXPERT", json));
        assertNotEquals(FactsJson.fingerprint(1, "EXPERT", json), FactsJson.fingerprint(2, "EXPERT", json));
    }
}
