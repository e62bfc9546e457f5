package org.firstshift.exams.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.firstshift.exams.domain.Questions.choices;
import static org.firstshift.exams.domain.Questions.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring of each question type: all or nothing, with the tolerances the types allow. */
class ScoringTest {

    @Test
    void singleAndScenarioNeedTheOneRightOption() {
        Question q = Questions.single("Q", "t", 1);
        assertTrue(q.isCorrect(List.of("b")));
        assertFalse(q.isCorrect(List.of("a")));
        assertFalse(q.isCorrect(List.of("b", "a")));
        assertFalse(q.isCorrect(List.of()));
        Question s = of("S", QuestionType.SCENARIO, choices("a", "b"), List.of(), Set.of("a"), Map.of(), null, 0, List.of(), List.of(), "t", 1);
        assertTrue(s.isCorrect(List.of("a")));
        assertFalse(s.isCorrect(List.of("b")));
    }

    @Test
    void multipleNeedsEveryRightOptionAndNoWrongOne() {
        Question q = of("M", QuestionType.MULTIPLE, choices("a", "b", "c", "d"), List.of(), Set.of("a", "c"), Map.of(), null, 0, List.of(), List.of(), "t", 1);
        assertTrue(q.isCorrect(List.of("c", "a")));
        assertFalse(q.isCorrect(List.of("a")));
        assertFalse(q.isCorrect(List.of("a", "c", "d")));
    }

    @Test
    void trueFalse() {
        Question q = of("TF", QuestionType.TRUE_FALSE, List.of(), List.of(), Set.of("false"), Map.of(), null, 0, List.of(), List.of(), "t", 1);
        assertTrue(q.problems().isEmpty(), q.problems().toString());
        assertTrue(q.isCorrect(List.of("false")));
        assertFalse(q.isCorrect(List.of("true")));
    }

    @Test
    void orderingNeedsTheWholeOrder() {
        Question q = of("O", QuestionType.ORDERING, choices("x", "y", "z"), List.of(), Set.of(), Map.of(), null, 0, List.of(), List.of(), "t", 1);
        assertTrue(q.isCorrect(List.of("x", "y", "z")));
        assertFalse(q.isCorrect(List.of("x", "z", "y")));
        assertFalse(q.isCorrect(List.of("x", "y")));
    }

    @Test
    void matchingNeedsEveryPair() {
        Question q = of("MA", QuestionType.MATCHING, choices("l1", "l2"), choices("r1", "r2"), Set.of(),
                Map.of("l1", "r2", "l2", "r1"), null, 0, List.of(), List.of(), "t", 1);
        assertTrue(q.problems().isEmpty(), q.problems().toString());
        assertTrue(q.isCorrect(List.of("l2=r1", "l1=r2")));
        assertFalse(q.isCorrect(List.of("l1=r2")));
        assertFalse(q.isCorrect(List.of("l1=r1", "l2=r2")));
    }

    @Test
    void numericWithinToleranceAndCommaDecimals() {
        Question q = of("N", QuestionType.NUMERIC, List.of(), List.of(), Set.of(), Map.of(), 35.0, 5, List.of(), List.of(), "t", 1);
        assertTrue(q.isCorrect(List.of("30")));
        assertTrue(q.isCorrect(List.of("39,5")));
        assertTrue(q.isCorrect(List.of(" 40 ")));
        assertFalse(q.isCorrect(List.of("41")));
        assertFalse(q.isCorrect(List.of("thirty")));
        assertTrue(q.shapeProblem(List.of("thirty")).isPresent());
    }

    @Test
    void shortTextExactIgnoresCaseAndSpacesAndPatternsMatchTheWholeText() {
        Question q = of("T", QuestionType.SHORT_TEXT, List.of(), List.of(), Set.of(), Map.of(), null, 0,
                List.of("Thank you", "Стажёр"), List.of("thanks!?"), "t", 1);
        assertTrue(q.isCorrect(List.of("  thank   YOU ")));
        assertTrue(q.isCorrect(List.of("стажер")));
        assertTrue(q.isCorrect(List.of("Thanks!")));
        assertFalse(q.isCorrect(List.of("no thanks")));
        Question bad = of("B", QuestionType.SHORT_TEXT, List.of(), List.of(), Set.of(), Map.of(), null, 0, List.of(), List.of("(unclosed"), "t", 1);
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("not a valid regular expression")), bad.problems().toString());
    }

    @Test
    void unknownOptionsAreRefusedBeforeStoring() {
        Question q = Questions.single("Q", "t", 1);
        assertTrue(q.shapeProblem(List.of("zz")).isPresent());
        assertTrue(q.shapeProblem(List.of()).isEmpty());
    }

    @Test
    void scoresPerSectionAndPassMark() {
        Question a = Questions.single("A", "t", 1);
        Question b = Questions.single("B", "t", 1);
        Question c = Questions.single("C", "t", 1);
        Map<String, Question> bank = Map.of("A", a, "B", b, "C", c);
        List<DrawnItem> drawn = List.of(new DrawnItem("S1", "A", 1, List.of()), new DrawnItem("S1", "B", 1, List.of()),
                new DrawnItem("S2", "C", 1, List.of()));
        Scoring.Result r = Scoring.score(drawn, Map.of("A", List.of("b"), "C", List.of("b")), i -> bank.get(i.question()));
        assertEquals(2, r.correct());
        assertEquals(66.7, r.percent());
        assertEquals(List.of(new Scoring.SectionScore("S1", 1, 2), new Scoring.SectionScore("S2", 1, 1)), r.sections());
        assertEquals(r.sections(), Scoring.parseSections(r.sectionsText()));
        assertTrue(r.passes(60));
        assertFalse(r.passes(80));
    }
}
