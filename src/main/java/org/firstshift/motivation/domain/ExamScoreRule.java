package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The latest or the best scored attempt of an exam against a minimum percent. */
final class ExamScoreRule implements ConditionRule {
    private final boolean best;

    ExamScoreRule(boolean best) {
        this.best = best;
    }

    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.ExamResult> mine = r.exams.stream().filter(e -> e.examCode().equals(c.subject())).toList();
        Optional<ResultBook.ExamResult> used = best
                ? mine.stream().max(Comparator.comparingDouble(ResultBook.ExamResult::scorePercent))
                : mine.stream().max(Comparator.comparing(ResultBook.ExamResult::at));
        Double score = used.map(ResultBook.ExamResult::scorePercent).orElse(null);
        return new ConditionCheck(c, score != null && score >= c.threshold(), score, mine.size(), mine.size(), null, List.of());
    }
}
