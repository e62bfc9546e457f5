package org.firstshift.learning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A lesson: Markdown text (sanitised when shown), the rule ids it teaches, and a short knowledge
 * check. Passing the check (every question right; retries allowed) completes the lesson.
 */
@Entity
@Table(name = "lesson")
@NamedQuery(name = "Lesson.findByCode", query = "SELECT l FROM Lesson l WHERE l.code = :code")
@NamedQuery(name = "Lesson.all", query = "SELECT l FROM Lesson l ORDER BY l.course.code, l.ordinal")
public class Lesson extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(name = "body_ru", nullable = false)
    private String bodyRu;

    @Convert(converter = CodeListConverter.class)
    private List<String> teaches = new ArrayList<>();

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<LessonQuestion> questions = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(Course course, int ordinal, String code, LessonContent content) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("lesson id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.course = course;
        this.ordinal = ordinal;
        this.code = code;
        change(content);
    }

    public final void change(LessonContent content) {
        this.title = Objects.requireNonNull(content.title(), "title is required");
        this.minutes = Math.max(1, content.minutes());
        this.bodyEn = content.bodyEn() == null ? "" : content.bodyEn();
        this.bodyRu = content.bodyRu() == null || content.bodyRu().isBlank() ? this.bodyEn : content.bodyRu();
        this.teaches = new ArrayList<>(content.teaches());
    }

    public LessonQuestion addQuestion(LocalizedText text, List<AnswerOption> options) {
        LessonQuestion q = new LessonQuestion(this, questions.size() + 1, text, options);
        questions.add(q);
        return q;
    }

    public void clearQuestions() {
        questions.clear();
    }

    /**
     * Grades answers given as question ordinal to chosen option ordinal. A question left unanswered
     * counts as wrong.
     */
    public CheckResult grade(Map<Integer, Integer> answers) {
        List<CheckResult.QuestionResult> results = new ArrayList<>();
        for (LessonQuestion q : questions) {
            Integer chosen = answers.get(q.getOrdinal());
            results.add(new CheckResult.QuestionResult(q.getOrdinal(), chosen, chosen != null && q.isCorrect(chosen)));
        }
        return new CheckResult(results);
    }

    public String body(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? bodyRu : bodyEn;
    }

    public boolean teaches(String ruleCode) {
        return teaches.contains(ruleCode);
    }

    public Course getCourse() { return course; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public LocalizedText getTitle() { return title; }
    public int getMinutes() { return minutes; }
    public String getBodyEn() { return bodyEn; }
    public String getBodyRu() { return bodyRu; }
    public List<String> getTeaches() { return List.copyOf(teaches); }
    public List<LessonQuestion> getQuestions() { return List.copyOf(questions); }

    public LessonContent content() {
        return new LessonContent(title, minutes, bodyEn, bodyRu, teaches);
    }
}
