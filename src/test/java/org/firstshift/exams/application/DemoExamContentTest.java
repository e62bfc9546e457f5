package org.firstshift.exams.application;

import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.QuestionType;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.content.YamlMap;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo exam as shipped: at least 40 valid questions of every type, and a drawable blueprint. */
class DemoExamContentTest {

    static YamlMap demo(ContentProblems problems) throws Exception {
        String yaml = Files.readString(Path.of("content/demo/exams/retail-certification.yaml"));
        return BankYaml.parse("exams/retail-certification.yaml", yaml, problems).orElseThrow();
    }

    static List<Question> bank() throws Exception {
        ContentProblems problems = new ContentProblems();
        List<Question> questions = demo(problems).maps("questions").stream().map(BankYaml::question).toList();
        assertFalse(problems.any(), () -> problems.items().toString());
        return questions;
    }

    @Test
    void demoBankHasFortyValidQuestionsOfEveryTypeInBothLanguages() throws Exception {
        List<Question> bank = bank();
        assertTrue(bank.size() >= 40, "only " + bank.size() + " questions");
        Set<QuestionType> types = bank.stream().map(Question::type).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionType.class), types);
        for (Question q : bank) {
            assertTrue(q.problems().isEmpty(), q.code() + ": " + q.problems());
            assertFalse(q.text().en().equals(q.text().ru()), q.code() + " has no Russian text");
            assertTrue(q.isCorrect(q.key()), q.code() + ": its own key does not score");
        }
    }

    @Test
    void demoBlueprintDrawsFromTheDemoBankAndGrantsTheAgreedCertification() throws Exception {
        ContentProblems problems = new ContentProblems();
        Blueprint b = BankYaml.blueprint(demo(problems).optionalMap("exam").orElseThrow());
        assertFalse(problems.any(), () -> problems.items().toString());
        assertEquals("RETAIL-CERT-EXAM", b.code());
        assertEquals("RETAIL-SERVICE", b.certificationCode());
        assertEquals(List.of(), b.problems(bank()));
    }

    @Test
    void canonicalFormReadsBackToTheSameQuestion() throws Exception {
        for (Question q : bank()) {
            assertEquals(q, BankYaml.storedQuestion(q.code(), BankYaml.dump(BankYaml.toMap(q))));
        }
    }

    @Test
    void problemsNameTheLine() {
        ContentProblems problems = new ContentProblems();
        String yaml = "questions:\n  - id: Q1\n    type: single\n    rules: [GREET-01]\n    text: {en: a, ru: b}\n"
                + "    options:\n      - {id: a, en: x, correct: true}\n      - {id: b, en: y, correct: true}\n    colour: red\n";
        YamlMap root = BankYaml.parse("exams/x.yaml", yaml, problems).orElseThrow();
        root.maps("questions").forEach(BankYaml::question);
        List<String> texts = problems.items().stream().map(p -> p.describe()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("line 9") && t.contains("colour")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("exactly one correct option")), texts.toString());
    }
}
