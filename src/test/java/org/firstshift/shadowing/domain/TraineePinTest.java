package org.firstshift.shadowing.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraineePinTest {

    @Test
    void aPinIsFourToSixDigitsAndNotTrivial() {
        assertDoesNotThrow(() -> TraineePin.check("4821"));
        assertDoesNotThrow(() -> TraineePin.check("739105"));
        for (String bad : new String[]{"123", "1234567", "12a4", "1111", "1234", "98765", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> TraineePin.check(bad), String.valueOf(bad));
        }
    }

    @Test
    void fiveWrongTriesLockThePinForAWhile() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        TraineePin pin = new TraineePin(1001, "hash", now);
        for (int i = 1; i < TraineePin.MAX_FAILURES; i++) {
            pin.failed(now);
            assertFalse(pin.isLocked(now), "try " + i);
        }
        pin.failed(now);
        assertTrue(pin.isLocked(now));
        assertTrue(pin.isLocked(now.plus(TraineePin.LOCK).minusSeconds(1)));
        assertFalse(pin.isLocked(now.plus(TraineePin.LOCK)));
    }

    @Test
    void aRightPinResetsTheCount() {
        Instant now = Instant.EPOCH;
        TraineePin pin = new TraineePin(1001, "hash", now);
        for (int i = 1; i < TraineePin.MAX_FAILURES; i++) {
            pin.failed(now);
        }
        pin.succeeded();
        pin.failed(now);
        assertFalse(pin.isLocked(now));
    }
}
