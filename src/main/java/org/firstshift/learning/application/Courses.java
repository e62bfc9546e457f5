package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.domain.AnswerOption;
import org.firstshift.learning.domain.Course;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.LessonContent;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RulePhrase;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardSection;
import org.firstshift.standards.domain.StandardVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Courses and lessons: find, edit, publish, and generate a draft course from a standard. */
@ApplicationScoped
public class Courses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Standards standards;

    @Inject
    AuditTrail audit;

    public List<Course> all() {
        return em.createNamedQuery("Course.all", Course.class).getResultList();
    }

    public Optional<Course> byCode(String code) {
        return em.createNamedQuery("Course.findByCode", Course.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Course get(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no course '" + code + "'"));
    }

    public Optional<Lesson> lesson(String code) {
        return em.createNamedQuery("Lesson.findByCode", Lesson.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** Lessons of published courses, the ones learners can open. */
    public Optional<Lesson> publishedLesson(String code) {
        return lesson(code).filter(l -> l.getCourse().isPublished());
    }

    public List<Lesson> lessonsTeaching(String ruleCode) {
        return em.createNamedQuery("Lesson.all", Lesson.class).getResultStream().filter(l -> l.teaches(ruleCode)).toList();
    }

    /** Changes a lesson's text; rule ids must exist in a published standard. */
    @Transactional
    public Lesson changeLesson(String lessonCode, LessonContent content) {
        Lesson lesson = lesson(lessonCode).orElseThrow(() -> new NotFoundException("no lesson '" + lessonCode + "'"));
        List<String> unknown = content.teaches().stream().filter(r -> !standards.isPublishedRule(r)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("teaches", "unknown rule id(s): " + String.join(", ", unknown));
        }
        var before = java.util.Map.of("title", lesson.getTitle().en(), "teaches", lesson.getTeaches());
        lesson.change(content);
        audit.record("Lesson", lessonCode, AuditAction.UPDATED, "Edited lesson " + lessonCode, before,
                java.util.Map.of("title", content.title().en(), "teaches", content.teaches()));
        return lesson;
    }

    @Transactional
    public void publish(String courseCode) {
        Course c = get(courseCode);
        try {
            c.publish();
        } catch (IllegalStateException e) {
            throw new InvalidInputException("course", e.getMessage());
        }
        audit.record("Course", courseCode, AuditAction.UPDATED, "Published course " + courseCode, null, null);
    }

    /**
     * A draft course with one lesson per section of the published standard: the section's rules as
     * a list with their do/don't phrases, and a first knowledge-check question where phrases allow.
     */
    @Transactional
    public Course generateFromStandard(String standardCode) {
        ServiceStandard standard = standards.get(standardCode);
        StandardVersion version = standard.published()
                .orElseThrow(() -> new InvalidInputException("standard", "publish the standard before generating a course"));
        String code = freeCode(standardCode + "-COURSE-V" + version.getNumber());
        Course course = new Course(code, new LocalizedText(standard.getTitle().en() + ": course (draft)",
                standard.getTitle().ru() + ": курс (черновик)"), version.getSummary(), standardCode);
        for (StandardSection section : version.getSections()) {
            Lesson lesson = course.addLesson(freeLessonCode(code + "-" + section.getCode()), new LessonContent(
                    section.getTitle(), Math.max(3, section.getRules().size() * 2),
                    body(section, java.util.Locale.ENGLISH), body(section, java.util.Locale.forLanguageTag("ru")),
                    section.getRules().stream().map(Rule::getCode).toList()));
            firstQuestion(section).ifPresent(q -> lesson.addQuestion(q.text(), q.options()));
        }
        em.persist(course);
        audit.record("Course", code, AuditAction.CREATED, "Generated draft course " + code + " from " + standardCode
                + " version " + version.getNumber(), null, null);
        return course;
    }

    private String freeCode(String base) {
        String code = base;
        for (int i = 2; byCode(code).isPresent(); i++) {
            code = base + "-" + i;
        }
        return code;
    }

    private String freeLessonCode(String base) {
        String code = base.length() > 40 ? base.substring(0, 40) : base;
        for (int i = 2; lesson(code).isPresent(); i++) {
            code = (base.length() > 36 ? base.substring(0, 36) : base) + "-" + i;
        }
        return code;
    }

    static String body(StandardSection section, java.util.Locale locale) {
        boolean ru = "ru".equals(locale.getLanguage());
        StringBuilder md = new StringBuilder();
        if (section.getSummary() != null) {
            md.append(section.getSummary().in(locale)).append("\n\n");
        }
        md.append(ru ? "## Правила\n\n" : "## The rules\n\n");
        for (Rule r : section.getRules()) {
            md.append("- **").append(r.getCode()).append("** ").append(r.getStatement().in(locale)).append('\n');
            for (RulePhrase p : r.getPhrases()) {
                md.append("  - ").append(p.isDo() ? (ru ? "Так: " : "Do: ") : (ru ? "Не так: " : "Don't: "))
                        .append("«").append(p.in(locale)).append("»\n");
            }
        }
        return md.toString();
    }

    record GeneratedQuestion(LocalizedText text, List<AnswerOption> options) {
    }

    static Optional<GeneratedQuestion> firstQuestion(StandardSection section) {
        for (Rule r : section.getRules()) {
            List<RulePhrase> dos = r.getDos();
            List<RulePhrase> donts = r.getDonts();
            if (!dos.isEmpty() && !donts.isEmpty()) {
                List<AnswerOption> options = new ArrayList<>();
                options.add(new AnswerOption(donts.get(0).getEn(), donts.get(0).getRu(),
                        "This breaks " + r.getCode() + ".", "Это нарушает " + r.getCode() + ".", false));
                options.add(new AnswerOption(dos.get(0).getEn(), dos.get(0).getRu(),
                        "This follows " + r.getCode() + ".", "Это соответствует " + r.getCode() + ".", true));
                return Optional.of(new GeneratedQuestion(new LocalizedText(
                        "Which is in line with the standard (" + r.getCode() + ")?",
                        "Что соответствует стандарту (" + r.getCode() + ")?"), options));
            }
        }
        return Optional.empty();
    }
}
