package org.firstshift.integration.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    @Test
    void doublesFromTheBaseUpToTheCapAndGivesUpAfterTheLastAttempt() {
        Backoff b = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
        assertEquals(Duration.ofSeconds(10), b.after(1));
        assertEquals(Duration.ofSeconds(20), b.after(2));
        assertEquals(Duration.ofSeconds(40), b.after(3));
        assertEquals(Duration.ofSeconds(60), b.after(4));
        assertNull(b.after(5));
    }

    @Test
    void neverOverflowsOnManyAttempts() {
        Backoff b = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), 1000);
        assertEquals(Duration.ofHours(1), b.after(70));
        assertEquals(Duration.ofHours(1), b.after(999));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 3));
    }
}
