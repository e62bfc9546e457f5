package org.firstshift.exams.application;

/**
 * The exam's rules refuse what was asked (no attempts left, too soon after the last one, the
 * attempt has closed, a stale answer revision). Answered 409 with the reason.
 */
public class ExamRefused extends RuntimeException {
    private final String field;

    public ExamRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
