package org.firstshift.learning.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A course: lessons in order, usually built from one service standard. */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.all", query = "SELECT c FROM Course c ORDER BY c.code")
@NamedQuery(name = "Course.findByCode", query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course extends Identified {

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru"))})
    private LocalizedText summary;

    @Column(name = "standard_code")
    private String standardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<Lesson> lessons = new ArrayList<>();

    protected Course() {
    }

    public Course(String code, LocalizedText title, LocalizedText summary, String standardCode) {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("course id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        describe(title, summary);
        this.standardCode = standardCode;
    }

    public final void describe(LocalizedText newTitle, LocalizedText newSummary) {
        this.title = java.util.Objects.requireNonNull(newTitle, "title is required");
        this.summary = newSummary;
    }

    public Lesson addLesson(String lessonCode, LessonContent content) {
        if (lesson(lessonCode).isPresent()) {
            throw new IllegalArgumentException("lesson '" + lessonCode + "' appears twice in course " + code);
        }
        Lesson lesson = new Lesson(this, lessons.size() + 1, lessonCode, content);
        lessons.add(lesson);
        return lesson;
    }

    public Optional<Lesson> lesson(String lessonCode) {
        return lessons.stream().filter(l -> l.getCode().equals(lessonCode)).findFirst();
    }

    public void removeLessonsNotIn(java.util.Set<String> keep) {
        lessons.removeIf(l -> !keep.contains(l.getCode()));
    }

    public void publish() {
        if (lessons.isEmpty()) {
            throw new IllegalStateException("course " + code + " has no lessons to publish");
        }
        status = PublicationStatus.PUBLISHED;
    }

    public void unpublish() {
        status = PublicationStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public String getCode() { return code; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public String getStandardCode() { return standardCode; }
    public PublicationStatus getStatus() { return status; }
    public List<Lesson> getLessons() { return List.copyOf(lessons); }
}
