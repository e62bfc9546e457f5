package org.firstshift.shadowing.application;

import java.time.LocalDate;
import java.time.LocalTime;

/** HR's request to put a trainee on a shift with a mentor; the store defaults to the trainee's. */
public record NewShift(long traineeId, long mentorId, LocalDate day, LocalTime startsAt, LocalTime endsAt,
                       String locationCode) {
}
