package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.exams.domain.AttemptStatus;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Exam;
import org.firstshift.exams.domain.ExamAttempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The exams a learner can take, with how far they got in each: one query for all their attempts. */
@ApplicationScoped
public class LearnerExams {

    @Inject
    ExamCatalog catalog;

    @Inject
    ExamAttempts attempts;

    public record Overview(Exam exam, Blueprint blueprint, List<ExamAttempt> attempts) {
        public ExamAttempt open() {
            return attempts.stream().filter(a -> a.getStatus() == AttemptStatus.OPEN).findFirst().orElse(null);
        }

        public Double best() {
            return attempts.stream().filter(ExamAttempt::isScored).map(ExamAttempt::getScorePercent).max(Double::compare).orElse(null);
        }

        public boolean passed() {
            return attempts.stream().anyMatch(ExamAttempt::isPassed);
        }

        public ExamAttempt lastScored() {
            return attempts.stream().filter(ExamAttempt::isScored).findFirst().orElse(null);
        }

        public boolean canStart() {
            return open() != null || attempts.size() < blueprint.attemptsAllowed();
        }
    }

    public List<Overview> of(long employeeId) {
        Map<String, List<ExamAttempt>> mine = attempts.attemptsOf(employeeId).stream()
                .collect(Collectors.groupingBy(ExamAttempt::getExamCode));
        List<Overview> list = new ArrayList<>();
        for (Exam e : catalog.all()) {
            List<ExamAttempt> own = new ArrayList<>(mine.getOrDefault(e.getCode(), List.of()));
            own.sort((a, b) -> Integer.compare(b.getNumber(), a.getNumber()));
            list.add(new Overview(e, catalog.blueprint(e), own));
        }
        return list;
    }
}
