package org.firstshift.integration.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LtiScoreTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aCompletedActivityIsAFinalGrade() {
        LtiScore s = new LtiScore(1, 80, 100, true, NOW, NOW);
        assertEquals("Completed", s.getActivityProgress());
        assertEquals("FullyGraded", s.getGradingProgress());
        assertEquals(DeliveryStatus.PENDING, s.getDelivery().getStatus());
        assertEquals(NOW, s.getDelivery().getNextAttemptAt(), "due at once");
    }

    @Test
    void anAttemptThatHasNotPassedIsAPendingGrade() {
        LtiScore s = new LtiScore(1, 0, 100, false, NOW, NOW);
        assertEquals("InProgress", s.getActivityProgress());
        assertEquals("Pending", s.getGradingProgress());
    }

    @Test
    void aScoreOutsideZeroToMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LtiScore(1, 101, 100, true, NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> new LtiScore(1, -1, 100, true, NOW, NOW));
    }

    @Test
    void aDeliveredScoreKeepsTheStatusAndForgetsTheLastError() {
        LtiScore s = new LtiScore(1, 80, 100, true, NOW, NOW);
        s.getDelivery().delivered(200, NOW.plusSeconds(1));
        assertEquals(DeliveryStatus.DELIVERED, s.getDelivery().getStatus());
        assertEquals(200, s.getDelivery().getLastStatus());
        assertEquals(NOW.plusSeconds(1), s.getDelivery().getDeliveredAt());
    }
}
