package org.firstshift.exams.domain;

/** Where an attempt stands: open for answers, or scored (by the learner's submit or by its deadline). */
public enum AttemptStatus {
    OPEN, SUBMITTED, CLOSED_BY_DEADLINE;

    public boolean isScored() {
        return this != OPEN;
    }
}
