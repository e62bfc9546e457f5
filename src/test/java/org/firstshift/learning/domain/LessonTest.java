package org.firstshift.learning.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonTest {

    static Lesson lessonWithTwoQuestions() {
        Course c = new Course("C1", new LocalizedText("Course", "Курс"), null, "RETAIL");
        Lesson l = c.addLesson("L-GREET", new LessonContent(new LocalizedText("Greeting", "Приветствие"), 5,
                "# Hello", "# Привет", List.of("GREET-01")));
        l.addQuestion(new LocalizedText("Q1", "В1"), List.of(
                new AnswerOption("wrong", "нет", "why not", "почему нет", false),
                new AnswerOption("right", "да", "why", "почему", true)));
        l.addQuestion(new LocalizedText("Q2", "В2"), List.of(
                new AnswerOption("right", "да", null, null, true),
                new AnswerOption("wrong", "нет", null, null, false),
                new AnswerOption("also wrong", "тоже нет", null, null, false)));
        return l;
    }

    @Test
    void everyAnswerRightPassesTheCheck() {
        CheckResult r = lessonWithTwoQuestions().grade(Map.of(1, 2, 2, 1));
        assertTrue(r.passed());
        assertEquals(100, r.score());
    }

    @Test
    void oneWrongOrMissingAnswerFailsWithAPartialScore() {
        Lesson l = lessonWithTwoQuestions();
        CheckResult wrong = l.grade(Map.of(1, 1, 2, 1));
        assertFalse(wrong.passed());
        assertEquals(50, wrong.score());
        assertFalse(l.grade(Map.of(1, 2)).passed(), "an unanswered question counts as wrong");
        assertFalse(l.grade(Map.of(1, 2, 2, 9)).passed(), "an option that does not exist is wrong");
    }

    @Test
    void aQuestionNeedsTwoToFourOptionsAndExactlyOneRight() {
        Lesson l = lessonWithTwoQuestions();
        assertThrows(IllegalArgumentException.class, () -> l.addQuestion(new LocalizedText("Q", null),
                List.of(new AnswerOption("only", null, null, null, true))));
        assertThrows(IllegalArgumentException.class, () -> l.addQuestion(new LocalizedText("Q", null), List.of(
                new AnswerOption("a", null, null, null, true), new AnswerOption("b", null, null, null, true))));
    }

    @Test
    void lessonIdsAreUniqueWithinACourse() {
        Course c = new Course("C1", new LocalizedText("Course", null), null, null);
        LessonContent content = new LessonContent(new LocalizedText("T", null), 3, "x", null, List.of());
        c.addLesson("L1", content);
        assertThrows(IllegalArgumentException.class, () -> c.addLesson("L1", content));
        assertThrows(IllegalStateException.class, () -> new Course("C2", new LocalizedText("Empty", null), null, null).publish());
    }

    @Test
    void theRussianBodyFallsBackToEnglish() {
        Course c = new Course("C1", new LocalizedText("Course", null), null, null);
        Lesson l = c.addLesson("L1", new LessonContent(new LocalizedText("T", null), 3, "English text", " ", List.of()));
        assertEquals("English text", l.body(java.util.Locale.forLanguageTag("ru")));
    }
}
