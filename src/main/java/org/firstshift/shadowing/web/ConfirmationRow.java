package org.firstshift.shadowing.web;

import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.shadowing.application.SignOffEntry;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A sign-off as the trainee saw it when the page was drawn. The confirm buttons act on these rows,
 * not on a fresh list, so a sign-off that arrives meanwhile can never shift under a click.
 */
public record ConfirmationRow(long recordId, String taskCode, LocalizedText taskTitle, String rating, String comment,
                              String mentorName, LocalDate observedOn, boolean corrected, boolean hasPhoto) implements Serializable {

    static ConfirmationRow of(SignOffEntry e) {
        return new ConfirmationRow(e.recordId(), e.taskCode(), e.task() == null ? new LocalizedText(e.taskCode(), e.taskCode())
                : e.task().getTitle(), e.rating().name(), e.comment(), e.mentorName(), e.observedOn(), e.corrected(), e.hasPhoto());
    }
}
