package org.firstshift.exams.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One question of the bank, immutable, in both languages. Every type writes its answer as a list
 * of plain values (see {@link QuestionType}), so one stored column and one REST shape serve all.
 * Scoring is all or nothing per question: a certification must not be passed on half-right
 * orderings or matchings.
 *
 * @param options   choices (single, multiple, scenario), the items in their right order
 *                  (ordering), or the left-hand items (matching)
 * @param targets   the right-hand items of a matching question (empty otherwise)
 * @param correct   the right option ids (single, multiple, scenario) or "true"/"false"
 * @param pairs     left id to right id (matching)
 * @param accepted  accepted short texts, compared without case and outer spaces
 * @param patterns  accepted short texts as whole-text regular expressions (case ignored)
 * @param line      the customer's line of a scenario question (null otherwise)
 */
public record Question(String code, QuestionType type, LocalizedText text, LocalizedText line,
                       List<Choice> options, List<Choice> targets, Set<String> correct,
                       Map<String, String> pairs, Double value, double tolerance,
                       List<String> accepted, List<String> patterns,
                       List<String> rules, List<String> topics, int difficulty, LocalizedText explanation) {

    public static final int MAX_ANSWER_LENGTH = 500;

    public Question {
        options = List.copyOf(options);
        targets = List.copyOf(targets);
        correct = Set.copyOf(correct);
        pairs = Map.copyOf(pairs);
        accepted = List.copyOf(accepted);
        patterns = List.copyOf(patterns);
        rules = List.copyOf(rules);
        topics = List.copyOf(topics);
    }

    /** Every problem of this question as written; empty when it can be used. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}")) {
            p.add("question id '" + code + "' must be 1-60 letters, digits, '.', '_' or '-'");
        }
        if (difficulty < 1 || difficulty > 3) {
            p.add("difficulty must be 1 (easy), 2 (medium) or 3 (hard), not " + difficulty);
        }
        if (rules.isEmpty()) {
            p.add("a question must name at least one rule of the standard it tests");
        }
        Set<String> ids = new HashSet<>();
        for (Choice c : options) {
            if (!ids.add(c.id())) {
                p.add("option id '" + c.id() + "' is used twice");
            }
        }
        switch (type) {
            case SINGLE, SCENARIO -> {
                if (options.size() < 2) {
                    p.add(type.key() + " needs at least 2 options");
                }
                if (correct.size() != 1) {
                    p.add(type.key() + " needs exactly one correct option, found " + correct.size());
                }
                if (type == QuestionType.SCENARIO && line == null) {
                    p.add("a scenario question needs the customer's line ('customer')");
                }
            }
            case MULTIPLE -> {
                if (options.size() < 2) {
                    p.add("multiple needs at least 2 options");
                }
                if (correct.isEmpty()) {
                    p.add("multiple needs at least one correct option");
                }
            }
            case TRUE_FALSE -> {
                if (!(correct.equals(Set.of("true")) || correct.equals(Set.of("false")))) {
                    p.add("true_false needs 'answer: true' or 'answer: false'");
                }
            }
            case ORDERING -> {
                if (options.size() < 2) {
                    p.add("ordering needs at least 2 items (listed in their right order)");
                }
            }
            case MATCHING -> {
                Set<String> right = new HashSet<>();
                targets.forEach(t -> right.add(t.id()));
                if (options.size() < 2) {
                    p.add("matching needs at least 2 pairs");
                }
                for (Choice left : options) {
                    String to = pairs.get(left.id());
                    if (to == null || !right.contains(to)) {
                        p.add("matching item '" + left.id() + "' has no partner among the right-hand items");
                    }
                }
            }
            case NUMERIC -> {
                if (value == null) {
                    p.add("numeric needs 'answer' (a number)");
                }
                if (tolerance < 0) {
                    p.add("tolerance must not be negative");
                }
            }
            case SHORT_TEXT -> {
                if (accepted.isEmpty() && patterns.isEmpty()) {
                    p.add("short_text needs 'accept' (texts) or 'patterns' (regular expressions)");
                }
                for (String pattern : patterns) {
                    try {
                        Pattern.compile(pattern);
                    } catch (PatternSyntaxException e) {
                        p.add("pattern '" + pattern + "' is not a valid regular expression: " + e.getDescription());
                    }
                }
            }
        }
        for (String c : correct) {
            if (type.hasOptions() && options.stream().noneMatch(o -> o.id().equals(c))) {
                p.add("correct option '" + c + "' is not among the options");
            }
        }
        return p;
    }

    /** Why an answer cannot even be stored (unknown option, wrong shape), or empty when it can. */
    public Optional<String> shapeProblem(List<String> values) {
        if (values.stream().anyMatch(v -> v == null || v.length() > MAX_ANSWER_LENGTH)) {
            return Optional.of("an answer value is missing or longer than " + MAX_ANSWER_LENGTH + " characters");
        }
        if (values.isEmpty()) {
            return Optional.empty(); // an emptied answer (nothing chosen) is a valid state
        }
        Set<String> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        return switch (type) {
            case SINGLE, SCENARIO -> values.size() == 1 && ids.contains(values.get(0)) ? Optional.empty()
                    : Optional.of("choose one of the options " + ids);
            case MULTIPLE -> ids.containsAll(values) && new HashSet<>(values).size() == values.size() ? Optional.empty()
                    : Optional.of("choose among the options " + ids + ", each at most once");
            case TRUE_FALSE -> values.size() == 1 && (values.get(0).equals("true") || values.get(0).equals("false"))
                    ? Optional.empty() : Optional.of("answer true or false");
            case ORDERING -> ids.containsAll(values) && new HashSet<>(values).size() == values.size() ? Optional.empty()
                    : Optional.of("order the items " + ids + ", each once");
            case MATCHING -> values.stream().allMatch(v -> v.indexOf('=') > 0 && ids.contains(v.substring(0, v.indexOf('='))))
                    ? Optional.empty() : Optional.of("write each match as left=right with a left item of " + ids);
            case NUMERIC -> values.size() == 1 && (values.get(0).isBlank() || number(values.get(0)).isPresent()) ? Optional.empty()
                    : Optional.of("answer with a number");
            case SHORT_TEXT -> values.size() == 1 ? Optional.empty() : Optional.of("answer with one text");
        };
    }

    /** Whether the answer earns the question's point. */
    public boolean isCorrect(List<String> values) {
        if (values == null || values.isEmpty()) {
            return false;
        }
        return switch (type) {
            case SINGLE, SCENARIO, TRUE_FALSE -> values.size() == 1 && correct.contains(values.get(0));
            case MULTIPLE -> values.size() == correct.size() && correct.containsAll(values);
            case ORDERING -> values.equals(options.stream().map(Choice::id).toList());
            case MATCHING -> matches(values).equals(pairs);
            case NUMERIC -> values.size() == 1 && number(values.get(0))
                    .map(n -> Math.abs(n - value) <= tolerance + 1e-9).orElse(false);
            case SHORT_TEXT -> values.size() == 1 && textAccepted(values.get(0));
        };
    }

    private boolean textAccepted(String given) {
        String normal = normalise(given);
        if (accepted.stream().anyMatch(a -> normalise(a).equals(normal))) {
            return true;
        }
        return patterns.stream().anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(given.strip()).matches());
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Map<String, String> matches(List<String> values) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq > 0) {
                given.put(v.substring(0, eq), v.substring(eq + 1));
            }
        }
        return given;
    }

    /** A number as people type it: "12.5", "12,5", " 1 200 ". */
    public static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text.replaceAll("[\\s\\u00a0]", "").replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The right answer written as answer values (for the review and for authors). */
    public List<String> key() {
        return switch (type) {
            case SINGLE, SCENARIO, TRUE_FALSE, MULTIPLE -> options.isEmpty() ? List.copyOf(correct)
                    : options.stream().map(Choice::id).filter(correct::contains).toList();
            case ORDERING -> options.stream().map(Choice::id).toList();
            case MATCHING -> options.stream().map(o -> o.id() + "=" + pairs.get(o.id())).toList();
            case NUMERIC -> List.of(plain(value));
            case SHORT_TEXT -> accepted.isEmpty() ? List.of(patterns.get(0)) : List.of(accepted.get(0));
        };
    }

    /** The key in words, in the given language, for the review page. */
    public String keyText(Locale locale) {
        return switch (type) {
            case TRUE_FALSE -> correct.contains("true") ? "✓" : "✗";
            case NUMERIC -> plain(value) + (tolerance > 0 ? " ± " + plain(tolerance) : "");
            case MATCHING -> String.join("; ", options.stream().map(o -> o.text().in(locale) + " → "
                    + targets.stream().filter(t -> t.id().equals(pairs.get(o.id()))).findFirst().map(t -> t.text().in(locale)).orElse("?")).toList());
            case ORDERING -> String.join(" → ", options.stream().map(o -> o.text().in(locale)).toList());
            case SHORT_TEXT -> String.join(" / ", key());
            default -> String.join("; ", options.stream().filter(o -> correct.contains(o.id())).map(o -> o.text().in(locale)).toList());
        };
    }

    public static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    public boolean hasTag(String tag) {
        return code.equals(tag) || rules.contains(tag) || topics.contains(tag);
    }
}
