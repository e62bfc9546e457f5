package org.firstshift.exams.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Scores an attempt's drawn questions against the saved answers: one point per right answer. */
public final class Scoring {
    private Scoring() {
    }

    public record SectionScore(String section, int correct, int total) {
        public double percent() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    public record Result(int correct, int total, List<SectionScore> sections, Map<String, Boolean> byQuestion) {
        public double percent() {
            return total == 0 ? 0 : Math.round(1000.0 * correct / total) / 10.0;
        }

        public boolean passes(int passMark) {
            return percent() + 1e-9 >= passMark;
        }

        /** {@code GREET:3/4;CLOSE:2/3}: the per-section scores as kept with the attempt. */
        public String sectionsText() {
            return String.join(";", sections.stream().map(s -> s.section() + ":" + s.correct() + "/" + s.total()).toList());
        }
    }

    public static Result score(List<DrawnItem> drawn, Map<String, List<String>> answers, Function<DrawnItem, Question> questions) {
        Map<String, int[]> bySection = new LinkedHashMap<>();
        Map<String, Boolean> byQuestion = new LinkedHashMap<>();
        int correct = 0;
        for (DrawnItem item : drawn) {
            boolean right = questions.apply(item).isCorrect(answers.getOrDefault(item.question(), List.of()));
            byQuestion.put(item.question(), right);
            int[] s = bySection.computeIfAbsent(item.section(), k -> new int[2]);
            s[1]++;
            if (right) {
                s[0]++;
                correct++;
            }
        }
        List<SectionScore> sections = new ArrayList<>();
        bySection.forEach((code, s) -> sections.add(new SectionScore(code, s[0], s[1])));
        return new Result(correct, drawn.size(), sections, byQuestion);
    }

    public static List<SectionScore> parseSections(String text) {
        List<SectionScore> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return list;
        }
        for (String part : text.split(";")) {
            int colon = part.lastIndexOf(':');
            int slash = part.lastIndexOf('/');
            list.add(new SectionScore(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1, slash)),
                    Integer.parseInt(part.substring(slash + 1))));
        }
        return list;
    }
}
