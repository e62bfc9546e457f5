package org.firstshift.audits.application;

import java.util.List;

/**
 * A visit as the phone page (or any API client) sends it. {@code clientId} is generated on the
 * phone before the first save, so saving or submitting again after a lost connection finds the same
 * visit instead of creating a second one. An answer with {@code na: true} is "not applicable"; an
 * answer without points is still open (allowed in a draft only).
 */
public record VisitInput(String clientId, String checklist, Integer checklistVersion, String store, String date,
                         String time, Long employeeId, String channel, List<AnswerInput> answers) {

    public record AnswerInput(String line, Integer points, Boolean na, String comment) {
        public boolean notApplicable() {
            return Boolean.TRUE.equals(na);
        }
    }

    public List<AnswerInput> answersOrEmpty() {
        return answers == null ? List.of() : answers;
    }
}
