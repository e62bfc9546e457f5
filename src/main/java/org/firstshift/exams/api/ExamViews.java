package org.firstshift.exams.api;

import org.firstshift.exams.application.ExamAttempts;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Choice;
import org.firstshift.exams.domain.DrawnItem;
import org.firstshift.exams.domain.ExamAnswer;
import org.firstshift.exams.domain.ExamAttempt;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.QuestionType;
import org.firstshift.exams.domain.Scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What learners see of exams and attempts. The answer key is never part of an attempt view until
 * the attempt is scored and its review window has opened.
 */
public final class ExamViews {
    private ExamViews() {
    }

    public record ExamView(String id, String title, int questions, long timeLimitMinutes, int attemptsAllowed,
                           int attemptsUsed, int passMark, String certification, Long openAttemptId, Double bestScore, boolean passed) {
    }

    public record OptionView(String id, String text) {
    }

    public record QuestionView(String id, int number, String section, String type, String text, String customer,
                               List<OptionView> options, List<OptionView> targets, List<String> answer, Long revision) {
    }

    public record SectionView(String code, String title, int correct, int total, double percent) {
    }

    public record ReviewView(String id, String text, boolean correct, List<String> yourAnswer, List<String> key, String keyText,
                             List<String> rules, String explanation) {
        public String rulesText() {
            return String.join(", ", rules);
        }
    }

    public record ResultView(double scorePercent, boolean passed, int passMark, int correct, int total, String closedBy,
                             Instant scoredAt, Instant reviewOpensAt, List<SectionView> sections, List<ReviewView> review) {
    }

    public record AttemptView(long id, String exam, String examTitle, int number, String status, Instant startedAt,
                              Instant deadline, Instant serverTime, long remainingSeconds, List<QuestionView> questions,
                              ResultView result) {
    }

    public static AttemptView of(ExamAttempts.Sheet sheet, ExamAttempts attempts, Blueprint blueprint, String title,
                                 Instant now, Locale locale) {
        ExamAttempt a = sheet.attempt();
        List<QuestionView> questions = new ArrayList<>();
        int n = 0;
        List<DrawnItem> drawn = a.drawnItems();
        for (DrawnItem item : drawn) {
            Question q = attempts.question(item);
            ExamAnswer answer = sheet.answers().get(item.question());
            List<OptionView> options = new ArrayList<>();
            List<OptionView> targets = new ArrayList<>();
            if (q.type() == QuestionType.MATCHING) {
                q.options().forEach(o -> options.add(new OptionView(o.id(), o.text().in(locale))));
                item.order().forEach(id -> q.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                        .ifPresent(t -> targets.add(new OptionView(t.id(), t.text().in(locale)))));
            } else {
                item.order().forEach(id -> q.options().stream().filter(o -> o.id().equals(id)).findFirst()
                        .ifPresent(o -> options.add(new OptionView(o.id(), o.text().in(locale)))));
            }
            questions.add(new QuestionView(q.code(), ++n, item.section(), q.type().key(), q.text().in(locale),
                    q.line() == null ? null : q.line().in(locale), options, targets,
                    answer == null ? List.of() : answer.values(), answer == null ? null : answer.getVersion()));
        }
        ResultView result = null;
        if (a.isScored()) {
            List<SectionView> sections = new ArrayList<>();
            for (Scoring.SectionScore s : a.sectionScores()) {
                String sectionTitle = blueprint == null ? s.section() : blueprint.sections().stream()
                        .filter(x -> x.code().equals(s.section())).findFirst().map(x -> x.title().in(locale)).orElse(s.section());
                sections.add(new SectionView(s.section(), sectionTitle, s.correct(), s.total(), Math.round(s.percent() * 10) / 10.0));
            }
            List<ReviewView> review = null;
            if (a.reviewOpen(now)) {
                review = new ArrayList<>();
                for (DrawnItem item : drawn) {
                    Question q = attempts.question(item);
                    ExamAnswer answer = sheet.answers().get(item.question());
                    List<String> given = answer == null ? List.of() : answer.values();
                    review.add(new ReviewView(q.code(), q.text().in(locale), q.isCorrect(given), given, q.key(), q.keyText(locale), q.rules(),
                            q.explanation() == null ? null : q.explanation().in(locale)));
                }
            }
            result = new ResultView(a.getScorePercent(), a.isPassed(), a.getPassMark(), a.getCorrectCount(), a.getQuestionCount(),
                    a.getStatus().name(), a.getScoredAt(), a.reviewOpensAt(), sections, review);
        }
        return new AttemptView(a.getId(), a.getExamCode(), title, a.getNumber(), a.getStatus().name(), a.getStartedAt(),
                a.getDeadline(), now, a.remaining(now).toSeconds(), questions, result);
    }

    static List<OptionView> options(List<Choice> choices, Locale locale) {
        return choices.stream().map(c -> new OptionView(c.id(), c.text().in(locale))).toList();
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
