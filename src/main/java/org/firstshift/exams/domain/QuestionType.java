package org.firstshift.exams.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a bank holds. Each kind has a stable key used in YAML, CSV and stored rows,
 * and a fixed way its answer is written as a list of values (see {@link Question#isCorrect}).
 */
public enum QuestionType {
    /** One option is right; answer: [optionId]. */
    SINGLE("single"),
    /** Every right option and no wrong one; answer: the chosen option ids. */
    MULTIPLE("multiple"),
    /** A statement that is true or false; answer: ["true"] or ["false"]. */
    TRUE_FALSE("true_false"),
    /** Put the options in order; answer: every option id in the chosen order. */
    ORDERING("ordering"),
    /** Match each left item to a right item; answer: ["left=right", ...]. */
    MATCHING("matching"),
    /** A number within a tolerance; answer: ["12.5"]. */
    NUMERIC("numeric"),
    /** A short text compared exactly (case and outer spaces ignored) or by a pattern; answer: ["text"]. */
    SHORT_TEXT("short_text"),
    /** A customer's line and the best response among options; answer: [optionId]. */
    SCENARIO("scenario");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
    }

    /** Types whose learner picks among listed options (which the blueprint may shuffle). */
    public boolean hasOptions() {
        return this != NUMERIC && this != SHORT_TEXT && this != TRUE_FALSE;
    }
}
