package org.firstshift.platform.api;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found. Thrown before anything is written, so a
 * caller that sees it knows nothing changed.
 */
public class InvalidInputException extends RuntimeException {
    private final transient List<ProblemItem> problems;

    public InvalidInputException(String summary, List<ProblemItem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(ProblemItem.field(field, message)));
    }

    public List<ProblemItem> problems() {
        return problems;
    }
}
