package org.firstshift.audits.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollingWindowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static RollingWindow.Visit v(String date, double score) {
        return new RollingWindow.Visit(LocalDate.parse(date), score);
    }

    @Test
    void onlyTheLastThreeVisitsCount() {
        List<RollingWindow.Visit> visits = List.of(v("2026-07-01", 10), v("2026-09-01", 60), v("2026-10-01", 70), v("2026-11-01", 80));
        assertEquals(70.0, RollingWindow.score(visits, TODAY).getAsDouble(), "the July visit is the fourth newest");
        assertEquals(List.of(v("2026-11-01", 80), v("2026-10-01", 70), v("2026-09-01", 60)), RollingWindow.window(visits, TODAY));
    }

    @Test
    void visitsOlderThanSixMonthsAreForgotten() {
        List<RollingWindow.Visit> visits = List.of(v("2026-05-22", 0), v("2026-05-23", 40), v("2026-11-20", 90));
        assertEquals(65.0, RollingWindow.score(visits, TODAY).getAsDouble(), "23 May is exactly six months back and counts; 22 May not");
        assertTrue(RollingWindow.score(List.of(v("2025-01-01", 100)), TODAY).isEmpty());
    }

    @Test
    void futureDatedVisitsDoNotCount() {
        assertEquals(50.0, RollingWindow.score(List.of(v("2026-11-23", 50), v("2026-12-01", 100)), TODAY).getAsDouble());
    }
}
