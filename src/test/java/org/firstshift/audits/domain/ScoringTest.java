package org.firstshift.audits.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    static Scoring.Line yesNo(String rule, int weight, Integer points) {
        return new Scoring.Line(List.of(rule), weight, false, 1, points);
    }

    @Test
    void weightsDecideHowMuchALineCounts() {
        // 2 of 3 weight units earned: a failed weight-1 line costs a third.
        Scoring.Result r = Scoring.score(List.of(yesNo("A-01", 2, 1), yesNo("B-01", 1, 0)));
        assertEquals(66.7, r.percent());
        assertEquals(List.of("B-01"), r.failedRules());
        assertFalse(r.criticalFailed());
        // The same answers with the weights swapped: the failed line now costs two thirds.
        assertEquals(33.3, Scoring.score(List.of(yesNo("A-01", 1, 1), yesNo("B-01", 2, 0))).percent());
    }

    @Test
    void zeroToTwoLinesScorePartlyAndOnlyZeroFails() {
        Scoring.Line partly = new Scoring.Line(List.of("NEEDS-01", "NEEDS-02"), 2, false, 2, 1);
        Scoring.Result r = Scoring.score(List.of(partly, yesNo("GREET-01", 2, 1)));
        assertEquals(75.0, r.percent());
        assertTrue(r.failedRules().isEmpty(), "1 of 2 points lowers the score but is not a failed line");
        Scoring.Line none = new Scoring.Line(List.of("NEEDS-01", "NEEDS-02"), 2, false, 2, 0);
        assertEquals(List.of("NEEDS-01", "NEEDS-02"), Scoring.score(List.of(none, yesNo("GREET-01", 2, 1))).failedRules());
    }

    @Test
    void notApplicableLinesCountForNothing() {
        Scoring.Result without = Scoring.score(List.of(yesNo("A-01", 2, 1), yesNo("B-01", 1, 0)));
        Scoring.Result withNa = Scoring.score(List.of(yesNo("A-01", 2, 1), yesNo("B-01", 1, 0), yesNo("C-01", 5, null)));
        assertEquals(without.percent(), withNa.percent());
        assertFalse(withNa.failedRules().contains("C-01"));
        assertNull(Scoring.score(List.of(yesNo("C-01", 5, null))).percent(), "nothing applicable: nothing to score");
    }

    @Test
    void aFailedCriticalLineCapsTheVisit() {
        Scoring.Line critical = new Scoring.Line(List.of("OBJECT-07"), 1, true, 1, 0);
        List<Scoring.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 19; i++) {
            lines.add(yesNo("R-" + (10 + i), 1, 1));
        }
        lines.add(critical);
        Scoring.Result r = Scoring.score(lines);
        assertTrue(r.criticalFailed());
        assertEquals(Scoring.CRITICAL_CAP_PERCENT, r.percent(), "95% of the weight earned, capped at 50");
        // Below the cap the score stands as computed.
        Scoring.Result low = Scoring.score(List.of(yesNo("A-01", 3, 0), new Scoring.Line(List.of("OBJECT-07"), 1, true, 1, 0)));
        assertEquals(0.0, low.percent());
        // A passed critical line does not cap.
        assertEquals(100.0, Scoring.score(List.of(new Scoring.Line(List.of("OBJECT-07"), 1, true, 1, 1))).percent());
    }

    @Test
    void pointsOutsideTheScaleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Scoring.Line(List.of("A-01"), 1, false, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Scoring.Line(List.of("A-01"), 1, false, 2, -1));
    }
}
