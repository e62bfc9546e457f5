package org.firstshift.shadowing.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A mentor signed off (or corrected the sign-off of) a task a trainee did while they watched: the
 * learning record store writes it as an xAPI statement with the mentor as instructor. Fired
 * synchronously inside the sign-off's transaction, once per ledger record (a replayed client id
 * fires nothing); observers that act use {@code TransactionPhase.AFTER_SUCCESS}. {@code rating} is
 * NOT_YET, WITH_HELP or INDEPENDENTLY.
 */
public record ShadowingTaskSignedOff(long traineeId, long mentorId, long recordId, boolean correction, String planCode,
                                     String taskCode, String taskTitle, LocalDate shiftDay, String rating, Instant at) {
}
