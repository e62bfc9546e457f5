package org.firstshift.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.Courses;
import org.firstshift.learning.domain.Course;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.LessonContent;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.text.SafeMarkdown;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.platform.web.Pages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The author's course editor: the lessons as learners will read them, one lesson's form at a time
 * (titles, minutes, Markdown in both languages, the rule ids it teaches) with a preview of the
 * sanitised HTML while typing, and "Publish course". Rule ids are checked by
 * {@link Courses#changeLesson}; a refused lesson keeps what was typed and writes nothing.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {

    @Inject
    Courses courses;

    @Inject
    LanguageChoice language;

    private String code;
    private String editing;
    private String titleEn;
    private String titleRu;
    private Integer minutes;
    private String bodyEn;
    private String bodyRu;
    private String teaches;
    private transient Course course;

    public void open() {
        if (code == null || courses.byCode(code).isEmpty()) {
            Pages.notFound();
        }
    }

    public Course getCourse() {
        if (course == null && code != null) {
            course = courses.byCode(code).orElse(null);
        }
        return course;
    }

    public void edit(String lessonCode) {
        getCourse().lesson(lessonCode).ifPresent(l -> {
            editing = l.getCode();
            titleEn = l.getTitle().en();
            titleRu = l.getTitle().ru();
            minutes = l.getMinutes();
            bodyEn = l.getBodyEn();
            bodyRu = l.getBodyRu();
            teaches = String.join(", ", l.getTeaches());
        });
    }

    public void cancel() {
        editing = null;
    }

    /** Only re-renders the preview (the typed Markdown is already in the bean). */
    public void preview() {
        // nothing to do: the preview getters render the current text
    }

    public void save() {
        if (editing == null) {
            return;
        }
        String lesson = editing;
        if (FacesMessages.attempt(() -> courses.changeLesson(lesson,
                new LessonContent(new LocalizedText(titleEn, titleRu), minutes == null ? 0 : minutes, bodyEn, bodyRu, ruleIds(teaches))))) {
            FacesMessages.info(text("course.lessonSaved", lesson));
            editing = null;
            course = null;
        }
    }

    public void publish() {
        if (FacesMessages.attempt(() -> courses.publish(code))) {
            FacesMessages.info(text("course.publishedMessage", code));
            course = null;
        }
    }

    /** "GREET-01, greet-02  NEEDS-01" as ids, in order, each once. */
    static List<String> ruleIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.strip().split("[,;\\s]+"))
                .map(id -> id.toUpperCase(Locale.ROOT)).toList()));
    }

    /** A lesson's body as learners see it, in the page language. */
    public String html(Lesson lesson) {
        return SafeMarkdown.toHtml(lesson.body(language.getLocale()));
    }

    public String getPreviewEn() {
        return SafeMarkdown.toHtml(bodyEn);
    }

    public String getPreviewRu() {
        return SafeMarkdown.toHtml(bodyRu);
    }

    public Lesson getEditingLesson() {
        return editing == null || getCourse() == null ? null : getCourse().lesson(editing).orElse(null);
    }

    private String text(String key, Object... args) {
        return Messages.of("standards", language.getLocale()).get(key, args);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEditing() { return editing; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public String getBodyEn() { return bodyEn; }
    public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
    public String getBodyRu() { return bodyRu; }
    public void setBodyRu(String bodyRu) { this.bodyRu = bodyRu; }
    public String getTeaches() { return teaches; }
    public void setTeaches(String teaches) { this.teaches = teaches; }
}
