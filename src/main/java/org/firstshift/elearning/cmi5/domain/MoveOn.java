package org.firstshift.elearning.cmi5.domain;

/** The course structure's moveOn criterion of an AU (cmi5 13.1.4) and when the learner meets it. */
public enum MoveOn {
    Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable;

    public static MoveOn of(String text) {
        if (text == null || text.isBlank()) {
            return NotApplicable;
        }
        return valueOf(text);
    }

    public boolean satisfiedBy(boolean completed, boolean passed) {
        return switch (this) {
            case Passed -> passed;
            case Completed -> completed;
            case CompletedAndPassed -> completed && passed;
            case CompletedOrPassed -> completed || passed;
            case NotApplicable -> true;
        };
    }
}
