package org.firstshift.learning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;

/** A knowledge-check question with 2-4 options, exactly one of them right. */
@Entity
@Table(name = "lesson_question")
public class LessonQuestion extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(nullable = false)
    private int ordinal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "text_ru"))})
    private LocalizedText text;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ordinal")
    private List<AnswerOption> options = new ArrayList<>();

    protected LessonQuestion() {
    }

    LessonQuestion(Lesson lesson, int ordinal, LocalizedText text, List<AnswerOption> options) {
        if (options.size() < 2 || options.size() > 4) {
            throw new IllegalArgumentException("a question needs 2 to 4 options, not " + options.size());
        }
        if (options.stream().filter(AnswerOption::isCorrect).count() != 1) {
            throw new IllegalArgumentException("a question needs exactly one correct option");
        }
        this.lesson = lesson;
        this.ordinal = ordinal;
        this.text = text;
        this.options = new ArrayList<>(options);
    }

    /** Options are numbered from 1. */
    public boolean isCorrect(int option) {
        return option >= 1 && option <= options.size() && options.get(option - 1).isCorrect();
    }

    public AnswerOption option(int option) {
        return options.get(option - 1);
    }

    public int getOrdinal() { return ordinal; }
    public LocalizedText getText() { return text; }
    public List<AnswerOption> getOptions() { return List.copyOf(options); }
}
