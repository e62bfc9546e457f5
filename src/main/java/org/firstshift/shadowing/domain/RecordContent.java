package org.firstshift.shadowing.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a chain record states, in one immutable value, and its canonical text: the exact
 * bytes the record's SHA-256 is computed over. Every field is written as {@code name=length:value}
 * (or {@code name=~} for none), one per line, so no two different contents share a canonical form,
 * whatever a comment contains.
 *
 * <p>The time is kept as epoch milliseconds rather than a TIMESTAMP column value: a timestamp goes
 * through the JVM's time zone on its way to and from the database, and a daylight-saving jump could
 * shift it by an hour and raise a false alarm.</p>
 *
 * @param traineeId   whose chain this record belongs to
 * @param seq         position in the trainee's chain, 1, 2, 3... without gaps
 * @param actorId     the mentor who signed off or corrected, or the trainee who confirmed
 * @param refersToSeq for a correction the sign-off it corrects; for a confirmation the record it confirms
 * @param recordedAtMillis when the server wrote the record, epoch milliseconds
 */
public record RecordContent(long traineeId, int seq, RecordKind kind, String clientId, long actorId,
                            String planCode, String taskCode, Long shiftId, LocalDate observedOn,
                            Rating rating, String comment, String photoSha256, Integer refersToSeq,
                            ConfirmationMethod method, long recordedAtMillis) {

    static final String FORMAT = "firstshift-shadowing-record-v1";

    public RecordContent {
        Objects.requireNonNull(kind, "kind is required");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        switch (kind) {
            case SIGN_OFF -> require(taskCode != null && rating != null && refersToSeq == null, "a sign-off names a task and a rating");
            case CORRECTION -> require(taskCode != null && rating != null && refersToSeq != null, "a correction names the sign-off, task and new rating");
            case CONFIRMATION -> require(refersToSeq != null && method != null && rating == null, "a confirmation names the record it confirms");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Whether this record is a statement about a task (a sign-off or a correction of one). */
    public boolean isObservation() {
        return kind != RecordKind.CONFIRMATION;
    }

    public String canonical() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        field(out, "trainee", traineeId);
        field(out, "seq", seq);
        field(out, "kind", kind);
        field(out, "client", clientId);
        field(out, "actor", actorId);
        field(out, "plan", planCode);
        field(out, "task", taskCode);
        field(out, "shift", shiftId);
        field(out, "observed", observedOn);
        field(out, "rating", rating);
        field(out, "comment", comment);
        field(out, "photo", photoSha256);
        field(out, "refers", refersToSeq);
        field(out, "method", method);
        field(out, "recorded", recordedAtMillis);
        return out.toString();
    }

    private static void field(StringBuilder out, String name, Object value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('~');
        } else {
            String text = value.toString();
            out.append(text.length()).append(':').append(text);
        }
        out.append('\n');
    }
}
