package org.firstshift.shadowing.application;

import org.firstshift.shadowing.domain.ConfirmationMethod;
import org.firstshift.shadowing.domain.Rating;
import org.firstshift.shadowing.domain.RecordContent;
import org.firstshift.shadowing.domain.RecordKind;

import java.time.LocalDate;

/** What a use case wants appended; the ledger adds the position in the chain, the time and the photo hash. */
public record RecordDraft(long traineeId, RecordKind kind, String clientId, long actorId, String planCode, String taskCode,
                   Long shiftId, LocalDate observedOn, Rating rating, String comment, Integer refersToSeq,
                   ConfirmationMethod method) {

    public static RecordDraft confirmation(long traineeId, long actorId, int confirmedSeq, ConfirmationMethod method) {
        return new RecordDraft(traineeId, RecordKind.CONFIRMATION, null, actorId, null, null, null, null, null, null,
                confirmedSeq, method);
    }

    public RecordContent at(int seq, String photoSha256, long recordedAtMillis) {
        return new RecordContent(traineeId, seq, kind, clientId, actorId, planCode, taskCode, shiftId, observedOn, rating,
                comment, photoSha256, refersToSeq, method, recordedAtMillis);
    }
}
