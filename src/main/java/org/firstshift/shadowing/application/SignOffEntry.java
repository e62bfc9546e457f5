package org.firstshift.shadowing.application;

import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.Rating;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.ShadowingTask;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One observation as people see it: the task, the rating and note as they stand after any
 * correction, who signed it off, when, and whether the trainee confirmed it. {@code recordId} is the
 * record to confirm (the latest correction, or the sign-off itself).
 */
public record SignOffEntry(long recordId, long signOffId, String clientId, String taskCode, ShadowingTask task,
                           Rating rating, String comment, long mentorId, String mentorName, Long shiftId,
                           LocalDate observedOn, Instant recordedAt, boolean confirmed, boolean corrected, Long photoId) {

    static SignOffEntry of(PlanProgress.Observation o, ShadowingRecord effective, ShadowingRecord original,
                           ShadowingTask task, String mentorName) {
        return new SignOffEntry(effective.getId(), original.getId(), original.getClientId(), o.effective().taskCode(), task,
                o.effective().rating(), o.effective().comment(), o.effective().actorId(), mentorName,
                o.effective().shiftId(), o.effective().observedOn(), effective.getRecordedAt(), o.confirmed(),
                o.isCorrected(), effective.getPhotoId() != null ? effective.getPhotoId() : original.getPhotoId());
    }

    public boolean hasPhoto() {
        return photoId != null;
    }
}
