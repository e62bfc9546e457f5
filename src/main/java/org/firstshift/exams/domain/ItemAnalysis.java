package org.firstshift.exams.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classical item analysis over scored attempts: per question the share who got it right
 * (difficulty index), its discrimination (point-biserial correlation of the item with the rest of
 * the score, and the upper-lower 27% index), how often each option was chosen, and flags for
 * questions that behave badly.
 */
public final class ItemAnalysis {
    /** Below this many answers the figures are shown but flagged as unreliable. */
    public static final int MIN_SAMPLE = 10;

    private ItemAnalysis() {
    }

    /** One scored attempt: its number of right answers and, per drawn question, right or not and the answer. */
    public record Sitting(int score, Map<String, Response> responses) {
    }

    public record Response(boolean correct, List<String> values) {
    }

    public record Item(String question, int answered, double shareCorrect, Double pointBiserial, Double upperLower,
                       Map<String, Integer> choices, List<String> flags) {
    }

    public static List<Item> analyse(List<Sitting> sittings, Map<String, Question> questions) {
        Map<String, List<Sitting>> byQuestion = new TreeMap<>();
        for (Sitting s : sittings) {
            s.responses().keySet().forEach(q -> byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(s));
        }
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((code, taken) -> items.add(item(code, taken, questions.get(code))));
        return items;
    }

    static Item item(String code, List<Sitting> taken, Question q) {
        int n = taken.size();
        double[] x = new double[n];
        double[] rest = new double[n];
        Map<String, Integer> choices = new LinkedHashMap<>();
        if (q != null && q.type() != QuestionType.MATCHING && q.type() != QuestionType.ORDERING) {
            q.options().forEach(o -> choices.put(o.id(), 0));
        }
        choices.put("", 0); // no answer
        for (int i = 0; i < n; i++) {
            Response r = taken.get(i).responses().get(code);
            x[i] = r.correct() ? 1 : 0;
            rest[i] = taken.get(i).score() - x[i];
            if (r.values().isEmpty()) {
                choices.merge("", 1, Integer::sum);
            } else if (q != null && (q.type() == QuestionType.ORDERING || q.type() == QuestionType.MATCHING
                    || q.type() == QuestionType.NUMERIC || q.type() == QuestionType.SHORT_TEXT)) {
                choices.merge(r.correct() ? "right" : "wrong", 1, Integer::sum);
            } else {
                r.values().forEach(v -> choices.merge(v, 1, Integer::sum));
            }
        }
        double p = n == 0 ? 0 : mean(x);
        Double rpb = pointBiserial(x, rest);
        Double d = upperLower(taken, code);
        List<String> flags = new ArrayList<>();
        if (n < MIN_SAMPLE) {
            flags.add("few-answers");
        }
        if (n > 0 && p < 0.2) {
            flags.add("too-hard");
        }
        if (n > 0 && p > 0.95) {
            flags.add("too-easy");
        }
        if (rpb != null && rpb < 0) {
            flags.add("negative-discrimination");
        } else if (rpb != null && rpb < 0.2 && n >= MIN_SAMPLE) {
            flags.add("weak-discrimination");
        }
        if (q != null && n >= MIN_SAMPLE && (q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCENARIO
                || q.type() == QuestionType.MULTIPLE)) {
            q.options().stream().filter(o -> !q.correct().contains(o.id()) && choices.getOrDefault(o.id(), 0) == 0)
                    .forEach(o -> flags.add("unused-option:" + o.id()));
        }
        return new Item(code, n, round(p), rpb == null ? null : round(rpb), d == null ? null : round(d), choices, flags);
    }

    /** Correlation between the item (0/1) and the rest score; null when either does not vary. */
    static Double pointBiserial(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Share right in the top 27% of total scores minus the share right in the bottom 27%. */
    static Double upperLower(List<Sitting> taken, String code) {
        int group = (int) Math.round(taken.size() * 0.27);
        if (group < 1) {
            return null;
        }
        List<Sitting> sorted = new ArrayList<>(taken);
        sorted.sort(Comparator.comparingInt(Sitting::score));
        double low = sorted.subList(0, group).stream().filter(s -> s.responses().get(code).correct()).count() / (double) group;
        double high = sorted.subList(sorted.size() - group, sorted.size()).stream().filter(s -> s.responses().get(code).correct()).count()
                / (double) group;
        return high - low;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
