package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final long ME = 7;

    private static ConditionCheck check(Condition c, ResultBook book) {
        return ConditionRule.of(c.kind()).check(c, book.of(ME), TODAY);
    }

    @Test
    void certificationIsMetOnlyWhileACycleIsValidAndReportsUntilWhen() {
        Condition c = Condition.of(ConditionKind.CERTIFICATION, "RETAIL-SERVICE");
        ResultBook book = new ResultBook();
        book.add(new ResultBook.CertificationCycle(ME, "RETAIL-SERVICE", TODAY.minusYears(2), TODAY.minusYears(1), false));
        ConditionCheck lapsed = check(c, book);
        assertFalse(lapsed.met());
        assertEquals(TODAY.minusYears(1), lapsed.date());
        book.add(new ResultBook.CertificationCycle(ME, "RETAIL-SERVICE", TODAY.minusDays(3), TODAY.plusMonths(6), false));
        book.add(new ResultBook.CertificationCycle(ME, "OTHER", TODAY.minusDays(3), null, false));
        ConditionCheck valid = check(c, book);
        assertTrue(valid.met());
        assertEquals(TODAY.plusMonths(6), valid.date());
    }

    @Test
    void revokedCertificationDoesNotCount() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.CertificationCycle(ME, "RETAIL-SERVICE", TODAY.minusDays(3), TODAY.plusMonths(6), true));
        assertFalse(check(Condition.of(ConditionKind.CERTIFICATION, "RETAIL-SERVICE"), book).met());
    }

    @Test
    void examBestAndLatestUseDifferentAttempts() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.ExamResult(ME, "RETAIL-CERT-EXAM", 85, true, Instant.parse("2026-10-01T10:00:00Z")));
        book.add(new ResultBook.ExamResult(ME, "RETAIL-CERT-EXAM", 70, false, Instant.parse("2026-11-01T10:00:00Z")));
        book.add(new ResultBook.ExamResult(ME, "OTHER-EXAM", 100, true, Instant.parse("2026-11-02T10:00:00Z")));
        ConditionCheck best = check(Condition.examBest("RETAIL-CERT-EXAM", 80), book);
        ConditionCheck latest = check(Condition.examLatest("RETAIL-CERT-EXAM", 80), book);
        assertTrue(best.met());
        assertEquals(85.0, best.value());
        assertFalse(latest.met());
        assertEquals(70.0, latest.value());
        assertNull(check(Condition.examBest("NONE", 10), book).value());
    }

    @Test
    void auditAverageNeedsAFullWindowAndListsRulesMissedMostFirst() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.AuditResult(ME, 1, TODAY.minusDays(40), 50, false, List.of("GREET-01")));
        book.add(new ResultBook.AuditResult(ME, 2, TODAY.minusDays(20), 90, false, List.of("EXTRA-01", "CLOSE-02")));
        book.add(new ResultBook.AuditResult(ME, 3, TODAY.minusDays(10), 80, false, List.of("EXTRA-01")));
        ConditionCheck two = check(Condition.auditAverage(80, 2), book);
        assertTrue(two.met(), "the last two visits average 85");
        assertEquals(85.0, two.value());
        assertEquals("EXTRA-01", two.missed().get(0).ruleId());
        assertEquals(2, two.missed().get(0).visits());
        assertEquals(2, two.missed().get(0).of());
        ConditionCheck three = check(Condition.auditAverage(80, 3), book);
        assertFalse(three.met(), "the last three average 73.3");
        ConditionCheck four = check(Condition.auditAverage(50, 4), book);
        assertFalse(four.met(), "only three visits of the four needed");
        assertEquals(3, four.count());
        assertEquals(4, four.of());
        ConditionCheck byMonths = check(Condition.auditAverageMonths(85, 1), book);
        assertTrue(byMonths.met(), "visits of the last month: 90 and 80 (20 and 10 days ago); 40 days ago is outside");
    }

    @Test
    void criticalFailuresCountOnlyInsideTheWindow() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.AuditResult(ME, 1, TODAY.minusMonths(8), 40, true, List.of()));
        book.add(new ResultBook.AuditResult(ME, 2, TODAY.minusMonths(1), 90, false, List.of()));
        assertTrue(check(Condition.noCriticalFailures(0, 6), book).met());
        ConditionCheck twoVisits = check(Condition.noCriticalFailures(2, 0), book);
        assertFalse(twoVisits.met());
        assertEquals(1, twoVisits.count());
    }

    @Test
    void shadowingPlanCountsFromItsCompletionDay() {
        ResultBook book = new ResultBook();
        book.of(ME);
        Condition c = Condition.of(ConditionKind.SHADOWING_PLAN, "SH-SALES");
        assertFalse(check(c, book).met());
        book.add(new ResultBook.ShadowingResult(ME, "SH-SALES", Instant.parse("2026-11-20T15:00:00Z")));
        ConditionCheck done = check(c, book);
        assertTrue(done.met());
        assertEquals(LocalDate.of(2026, 11, 20), done.date());
        book.add(new ResultBook.ShadowingResult(ME, "SH-CASH", Instant.parse("2026-11-24T15:00:00Z")));
        assertFalse(check(Condition.of(ConditionKind.SHADOWING_PLAN, "SH-CASH"), book).met(), "completed after the day");
    }

    @Test
    void roleplayPassRateUsesTheLastAttemptsAndAMinimumCount() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.RoleplayResult(ME, "A", false, Instant.parse("2026-11-01T10:00:00Z")));
        book.add(new ResultBook.RoleplayResult(ME, "A", true, Instant.parse("2026-11-02T10:00:00Z")));
        book.add(new ResultBook.RoleplayResult(ME, "B", true, Instant.parse("2026-11-03T10:00:00Z")));
        ConditionCheck lastTwo = check(Condition.roleplayPassRate(100, 2, 1), book);
        assertTrue(lastTwo.met());
        assertEquals(2, lastTwo.count());
        ConditionCheck all = check(Condition.roleplayPassRate(70, 10, 1), book);
        assertFalse(all.met(), "2 of 3 is 66.7%");
        assertEquals(3, all.of());
        assertFalse(check(Condition.roleplayPassRate(50, 10, 4), book).met(), "four attempts needed");
    }

    @Test
    void timeInRoleCountsWholeMonthsSinceTheTenureDate() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.Tenure(ME, "SALES_CONSULTANT", TODAY.minusMonths(6).plusDays(1)));
        ConditionCheck almost = check(Condition.timeInRole(6), book);
        assertFalse(almost.met());
        assertEquals(5, almost.count());
        book.add(new ResultBook.Tenure(ME, "SALES_CONSULTANT", TODAY.minusMonths(6)));
        assertTrue(check(Condition.timeInRole(6), book).met());
        assertFalse(check(Condition.timeInRole(1), new ResultBook()).met(), "no tenure known");
    }
}
