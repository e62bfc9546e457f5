package org.firstshift.learning.domain;

/** Where a learner is with one activity. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}
