package org.firstshift.learning.application;

import java.time.Instant;

/** An employee completed an activity (the first time). */
public record ActivityCompleted(long employeeId, String typeKey, String ref, Integer score, Instant at) {
}
