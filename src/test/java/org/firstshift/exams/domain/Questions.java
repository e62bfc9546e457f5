package org.firstshift.exams.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small questions of every type for the domain tests. */
final class Questions {
    private Questions() {
    }

    static LocalizedText t(String en) {
        return new LocalizedText(en, en + " (ru)");
    }

    static List<Choice> choices(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Choice(id, t("option " + id))).toList();
    }

    static Question of(String code, QuestionType type, List<Choice> options, List<Choice> targets, Set<String> correct,
                       Map<String, String> pairs, Double value, double tolerance, List<String> accepted, List<String> patterns,
                       String topic, int difficulty) {
        return new Question(code, type, t("text " + code), type == QuestionType.SCENARIO ? t("customer says") : null, options,
                targets, correct, pairs, value, tolerance, accepted, patterns, List.of("GREET-01"), List.of(topic), difficulty, null);
    }

    static Question single(String code, String topic, int difficulty) {
        return of(code, QuestionType.SINGLE, choices("a", "b", "c"), List.of(), Set.of("b"), Map.of(), null, 0, List.of(), List.of(), topic, difficulty);
    }
}
