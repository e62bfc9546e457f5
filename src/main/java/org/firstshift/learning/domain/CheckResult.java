package org.firstshift.learning.domain;

import java.util.List;

/** The outcome of a knowledge check: per question whether it was right; passed when all are. */
public record CheckResult(List<QuestionResult> questions) {

    public record QuestionResult(int question, Integer chosen, boolean correct) {
    }

    public boolean passed() {
        return questions.stream().allMatch(QuestionResult::correct);
    }

    /** Share of right answers, 0-100 (100 for a lesson without questions). */
    public int score() {
        if (questions.isEmpty()) {
            return 100;
        }
        return (int) Math.round(100.0 * questions.stream().filter(QuestionResult::correct).count() / questions.size());
    }
}
