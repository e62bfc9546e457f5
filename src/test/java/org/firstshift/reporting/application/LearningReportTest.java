package org.firstshift.reporting.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.firstshift.reporting.application.Fixtures.CASHIER;
import static org.firstshift.reporting.application.Fixtures.CENTRAL;
import static org.firstshift.reporting.application.Fixtures.MALL;
import static org.firstshift.reporting.application.Fixtures.ONBOARD_CASHIER;
import static org.firstshift.reporting.application.Fixtures.ONBOARD_SALES;
import static org.firstshift.reporting.application.Fixtures.SALES;
import static org.firstshift.reporting.application.Fixtures.learner;
import static org.firstshift.reporting.application.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningReportTest {
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    static final Learner ANNA = learner(1, "Anna Petrova", MARCH, CENTRAL, SALES);
    static final Learner NINA = learner(2, "Nina Kuznetsova", MARCH, CENTRAL, SALES);
    static final Learner VICTOR = learner(3, "Victor Lang", MARCH, CENTRAL, CASHIER);
    static final Learner TOM = learner(4, "Tom Fischer", MARCH, MALL, SALES);

    private static LearningReport report(List<EmployeeProgress> rows) {
        return LearningReport.of(TODAY, ReportFilter.everything(), rows);
    }

    @Test
    void completionByStoreCountsEmployeesTheFullyCompleteTheAverageShareAndOverdueActivities() {
        LearningReport report = report(List.of(
                row(ANNA, ONBOARD_SALES, 8, 8, 0, MARCH.plusDays(9), 9),
                row(NINA, ONBOARD_SALES, 4, 8, 2, null, 30),
                row(VICTOR, ONBOARD_CASHIER, 5, 5, 0, MARCH.plusDays(4), 4),
                row(TOM, ONBOARD_SALES, 1, 8, 3, null, 30)));

        assertEquals(List.of("STORE-CENTRAL", "STORE-MALL"), report.byStore().stream().map(c -> c.group().code()).toList());
        Completion central = report.byStore().get(0);
        assertEquals(3, central.enrolled());
        assertEquals(2, central.complete());
        assertEquals(83, central.averagePercent(), "(100 + 50 + 100) / 3 rounded");
        assertEquals(2, central.overdue());
        assertEquals(7, central.averageDaysToReady(), "(9 + 4) / 2 rounded half up, over the ready only");

        Completion mall = report.byStore().get(1);
        assertEquals(1, mall.enrolled());
        assertEquals(0, mall.complete());
        assertEquals(12, mall.averagePercent());
        assertEquals(3, mall.overdue());
        assertNull(mall.averageDaysToReady(), "nobody ready, so no average");
    }

    @Test
    void completionByPositionGroupsAcrossStores() {
        LearningReport report = report(List.of(
                row(ANNA, ONBOARD_SALES, 8, 8, 0, MARCH.plusDays(9), 9),
                row(VICTOR, ONBOARD_CASHIER, 0, 5, 5, null, 30),
                row(TOM, ONBOARD_SALES, 2, 8, 1, null, 30)));

        assertEquals(List.of("CASHIER", "SALES_CONSULTANT"), report.byPosition().stream().map(c -> c.group().code()).toList());
        Completion sales = report.byPosition().get(1);
        assertEquals(2, sales.enrolled());
        assertEquals(1, sales.complete());
        assertEquals(63, sales.averagePercent(), "(100 + 25) / 2 = 62.5, rounded half up");
        assertEquals(1, sales.overdue());
        Completion cashiers = report.byPosition().get(0);
        assertEquals(0, cashiers.averagePercent());
        assertEquals(5, cashiers.overdue());
    }

    @Test
    void anEmployeeInTwoProgramsCountsOnceAndIsCompleteOnlyWhenBothAre() {
        LearningReport halfway = report(List.of(
                row(ANNA, ONBOARD_SALES, 8, 8, 0, MARCH.plusDays(9), 9),
                row(ANNA, ONBOARD_CASHIER, 2, 5, 0, null, 30)));
        Completion central = halfway.byStore().get(0);
        assertEquals(1, central.enrolled());
        assertEquals(0, central.complete());
        assertEquals(1, halfway.total().enrolled());

        LearningReport both = report(List.of(
                row(ANNA, ONBOARD_SALES, 8, 8, 0, MARCH.plusDays(9), 9),
                row(ANNA, ONBOARD_CASHIER, 5, 5, 0, MARCH.plusDays(12), 12)));
        assertEquals(1, both.byStore().get(0).complete());
        assertEquals(11, both.byStore().get(0).averageDaysToReady(), "time to ready per program: (9 + 12) / 2");
    }

    @Test
    void theTotalCoversEveryoneInTheReport() {
        LearningReport report = report(List.of(
                row(ANNA, ONBOARD_SALES, 8, 8, 0, MARCH.plusDays(9), 9),
                row(TOM, ONBOARD_SALES, 0, 8, 4, null, 30)));
        assertNull(report.total().group());
        assertEquals(2, report.total().enrolled());
        assertEquals(1, report.total().complete());
        assertEquals(50, report.total().averagePercent());
        assertEquals(4, report.total().overdue());
        assertEquals(9, report.total().averageDaysToReady());
    }

    @Test
    void theOverdueListPutsTheMostOverdueFirstThenSortsByName() {
        OverdueActivity tomLate = new OverdueActivity(TOM, ONBOARD_SALES, "Greeting", MARCH, 30, "lesson", "L-GREET");
        OverdueActivity ninaLate = new OverdueActivity(NINA, ONBOARD_SALES, "Greeting", MARCH.plusDays(20), 10, "lesson", "L-GREET");
        OverdueActivity annaLate = new OverdueActivity(ANNA, ONBOARD_SALES, "Needs", MARCH.plusDays(20), 10, "lesson", "L-NEEDS");
        OverdueActivity ninaLater = new OverdueActivity(NINA, ONBOARD_SALES, "Closing", MARCH.plusDays(25), 5, "lesson", "L-CLOSE");
        LearningReport report = report(List.of(
                new EmployeeProgress(NINA, ONBOARD_SALES, 50, 4, 8, List.of(ninaLater, ninaLate), null, 30),
                new EmployeeProgress(ANNA, ONBOARD_SALES, 75, 6, 8, List.of(annaLate), null, 30),
                new EmployeeProgress(TOM, ONBOARD_SALES, 0, 0, 8, List.of(tomLate), null, 30)));

        assertEquals(List.of(tomLate, annaLate, ninaLate, ninaLater), report.overdue());
    }

    @Test
    void anEmptyReportHasNoGroupsAndZeroTotals() {
        LearningReport report = report(List.of());
        assertTrue(report.isEmpty());
        assertTrue(report.byStore().isEmpty());
        assertTrue(report.overdue().isEmpty());
        assertEquals(0, report.total().enrolled());
        assertEquals(0, report.total().averagePercent());
        assertNull(report.total().averageDaysToReady());
    }

    @Test
    void filtersIgnoreBlanksAndMatchProgramsByCode() {
        ReportFilter filter = new ReportFilter(" ", "", " ONBOARD-SALES ");
        assertNull(filter.location());
        assertNull(filter.position());
        assertTrue(filter.includesProgram("ONBOARD-SALES"));
        assertTrue(!filter.includesProgram("ONBOARD-CASHIER"));
        assertTrue(ReportFilter.everything().includesProgram("ANY"));
    }
}
