package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.learning.domain.AnswerOption;
import org.firstshift.learning.domain.Course;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.LessonContent;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.application.StandardsContent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code courses/*.yaml}: one course per file with its lessons (Markdown body in English and
 * Russian, the rule ids taught, a knowledge check). Re-loading updates in place by id.
 */
@ApplicationScoped
public class CoursesContent implements ContentSection {
    public static final String LESSON = "lesson";

    @Inject
    Courses courses;

    @Inject
    Standards standards;

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "courses/";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("id", "title", "summary", "standard", "status", "lessons");
        root.text("id");
        StandardsContent.text(root, "title", true);
        root.optionalText("standard").filter(s -> !context.isDeclared(StandardsContent.STANDARD, s) && standards.byCode(s).isEmpty())
                .ifPresent(s -> root.problem("standard", "unknown standard '" + s + "'"));
        root.optionalText("status").filter(s -> !s.equals("published") && !s.equals("draft"))
                .ifPresent(s -> root.problem("status", "must be published or draft, not '" + s + "'"));
        List<YamlMap> lessons = root.maps("lessons");
        if (lessons.isEmpty()) {
            root.problem("a course needs at least one lesson");
        }
        for (YamlMap lesson : lessons) {
            lesson.allowOnly("id", "title", "minutes", "teaches", "body", "check");
            String id = lesson.text("id");
            if (!id.isEmpty() && !context.declare(LESSON, id)) {
                lesson.problem("id", "lesson '" + id + "' is defined twice");
            }
            StandardsContent.text(lesson, "title", true);
            lesson.optionalInt("minutes");
            for (String rule : lesson.texts("teaches")) {
                if (!context.isDeclared(StandardsContent.RULE, rule) && !standards.isPublishedRule(rule)) {
                    lesson.problem("teaches", "unknown rule id '" + rule + "'");
                }
            }
            Optional<YamlMap> body = lesson.optionalMap("body");
            if (body.isEmpty()) {
                lesson.problem("missing required field 'body' (with en and ru Markdown)");
            } else {
                body.get().allowOnly("en", "ru");
                body.get().text("en");
            }
            for (YamlMap q : lesson.maps("check")) {
                checkQuestion(q);
            }
        }
    }

    private static void checkQuestion(YamlMap q) {
        q.allowOnly("question", "options");
        StandardsContent.text(q, "question", true);
        List<YamlMap> options = q.maps("options");
        if (options.size() < 2 || options.size() > 4) {
            q.problem("options", "a question needs 2 to 4 options, not " + options.size());
        }
        long correct = options.stream().filter(o -> {
            o.allowOnly("text", "correct", "why");
            StandardsContent.text(o, "text", true);
            return o.optionalBoolean("correct").orElse(false);
        }).count();
        if (correct != 1) {
            q.problem("options", "exactly one option must be correct: true (found " + correct + ")");
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        String code = root.text("id");
        LocalizedText title = StandardsContent.text(root, "title", true);
        LocalizedText summary = StandardsContent.text(root, "summary", false);
        Course course = courses.byCode(code).orElseGet(() -> {
            Course c = new Course(code, title, summary, root.optionalText("standard").orElse(null));
            em.persist(c);
            return c;
        });
        course.describe(title, summary);
        Set<String> keep = new HashSet<>();
        for (YamlMap l : root.maps("lessons")) {
            String id = l.text("id");
            keep.add(id);
            YamlMap body = l.optionalMap("body").orElseThrow();
            LessonContent content = new LessonContent(StandardsContent.text(l, "title", true), l.integer("minutes", 5),
                    body.text("en"), body.optionalText("ru").orElse(null), l.texts("teaches"));
            Lesson lesson = course.lesson(id).map(existing -> {
                existing.change(content);
                return existing;
            }).orElseGet(() -> course.addLesson(id, content));
            lesson.clearQuestions();
            for (YamlMap q : l.maps("check")) {
                List<AnswerOption> options = new ArrayList<>();
                for (YamlMap o : q.maps("options")) {
                    LocalizedText text = StandardsContent.text(o, "text", true);
                    LocalizedText why = StandardsContent.text(o, "why", false);
                    options.add(new AnswerOption(text.en(), text.ru(), why == null ? null : why.en(), why == null ? null : why.ru(),
                            o.optionalBoolean("correct").orElse(false)));
                }
                lesson.addQuestion(StandardsContent.text(q, "question", true), options);
            }
        }
        course.removeLessonsNotIn(keep);
        if ("draft".equals(root.optionalText("status").orElse("published"))) {
            course.unpublish();
        } else {
            course.publish();
        }
        em.flush();
    }
}
