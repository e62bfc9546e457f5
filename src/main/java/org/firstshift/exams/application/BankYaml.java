package org.firstshift.exams.application;

import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Choice;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.QuestionType;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authors' YAML format for questions and exam blueprints, both ways: read from content files
 * (with file and line for every problem) and written back as the canonical form that is stored.
 * Questions imported from CSV or QTI are stored in this same form, so one reader serves all.
 */
public final class BankYaml {
    static final String[] QUESTION_FIELDS = {"id", "type", "rules", "topics", "difficulty", "text", "customer", "options",
            "left", "right", "answer", "tolerance", "accept", "patterns", "explain"};
    static final String[] EXAM_FIELDS = {"code", "title", "certification", "time_limit_minutes", "attempts", "wait_minutes",
            "pass_mark", "review_after_minutes", "shuffle_options", "sections"};

    private BankYaml() {
    }

    /** Reads one question; problems go to the map's problem list (shape) and are returned by {@link Question#problems()} (meaning). */
    public static Question question(YamlMap m) {
        m.allowOnly(QUESTION_FIELDS);
        String id = m.text("id");
        String typeText = m.text("type");
        QuestionType type = QuestionType.parse(typeText).orElse(QuestionType.SINGLE);
        if (!typeText.isEmpty() && QuestionType.parse(typeText).isEmpty()) {
            m.problem("type", "must be one of single, multiple, true_false, ordering, matching, numeric, short_text, scenario: '" + typeText + "'");
        }
        LocalizedText text = localized(m, "text", true);
        LocalizedText customer = type == QuestionType.SCENARIO ? localized(m, "customer", true) : null;
        List<Choice> options = new ArrayList<>();
        Set<String> correct = new LinkedHashSet<>();
        List<Choice> targets = new ArrayList<>();
        Map<String, String> pairs = new HashMap<>();
        Double value = null;
        double tolerance = 0;
        switch (type) {
            case SINGLE, MULTIPLE, SCENARIO, ORDERING -> {
                for (YamlMap o : m.maps("options")) {
                    o.allowOnly("id", "en", "ru", "correct");
                    String oid = o.text("id");
                    options.add(new Choice(oid, both(o)));
                    if (o.optionalBoolean("correct").orElse(false)) {
                        correct.add(oid);
                    }
                }
                if (type == QuestionType.ORDERING && !correct.isEmpty()) {
                    m.problem("options", "of an ordering question are listed in their right order; 'correct' does not apply");
                }
            }
            case MATCHING -> {
                for (YamlMap o : m.maps("left")) {
                    o.allowOnly("id", "en", "ru", "match");
                    options.add(new Choice(o.text("id"), both(o)));
                    pairs.put(o.text("id"), o.text("match"));
                }
                for (YamlMap o : m.maps("right")) {
                    o.allowOnly("id", "en", "ru");
                    targets.add(new Choice(o.text("id"), both(o)));
                }
            }
            case TRUE_FALSE -> m.optionalBoolean("answer").ifPresentOrElse(b -> correct.add(b.toString()),
                    () -> m.problem("missing required field 'answer' (true or false)"));
            case NUMERIC -> {
                String a = m.text("answer");
                value = Question.number(a).orElse(null);
                if (value == null && !a.isEmpty()) {
                    m.problem("answer", "is not a number: '" + a + "'");
                }
                tolerance = m.optionalText("tolerance").flatMap(Question::number).orElse(0.0);
            }
            case SHORT_TEXT -> {
                // read below
            }
        }
        List<String> accepted = type == QuestionType.SHORT_TEXT ? m.texts("accept") : List.of();
        List<String> patterns = type == QuestionType.SHORT_TEXT ? m.texts("patterns") : List.of();
        int difficulty = m.integer("difficulty", 2);
        LocalizedText explain = m.has("explain") ? localized(m, "explain", false) : null;
        Question q = new Question(id, type, text, customer, options, targets, correct, pairs, value, tolerance,
                accepted, patterns, m.texts("rules"), m.texts("topics"), difficulty, explain);
        if (!id.isEmpty()) {
            q.problems().forEach(p -> m.problem("question '" + id + "': " + p));
        }
        return q;
    }

    private static LocalizedText both(YamlMap o) {
        String en = o.text("en");
        String ru = o.optionalText("ru").orElse(en);
        return new LocalizedText(en.isEmpty() ? "?" : en, ru);
    }

    private static LocalizedText localized(YamlMap m, String key, boolean required) {
        Optional<YamlMap> map = m.optionalMap(key);
        if (map.isPresent()) {
            map.get().allowOnly("en", "ru");
            return both(map.get());
        }
        if (required && !m.has(key)) {
            m.problem("missing required field '" + key + "' ({en: ..., ru: ...})");
        }
        return new LocalizedText("?", "?");
    }

    public static Blueprint blueprint(YamlMap m) {
        m.allowOnly(EXAM_FIELDS);
        List<Blueprint.Section> sections = new ArrayList<>();
        for (YamlMap s : m.maps("sections")) {
            s.allowOnly("code", "title", "draw", "tags", "difficulty");
            Set<Integer> difficulties = new HashSet<>();
            for (String d : s.texts("difficulty")) {
                try {
                    difficulties.add(Integer.parseInt(d));
                } catch (NumberFormatException e) {
                    s.problem("difficulty", "must list numbers 1-3: '" + d + "'");
                }
            }
            sections.add(new Blueprint.Section(s.text("code"), localized(s, "title", true), s.integer("draw", 0),
                    new LinkedHashSet<>(s.texts("tags")), difficulties));
        }
        Optional<Integer> review = m.optionalInt("review_after_minutes");
        return new Blueprint(m.text("code"), localized(m, "title", true), m.optionalText("certification").orElse(null),
                Duration.ofMinutes(m.integer("time_limit_minutes", 0)), m.integer("attempts", 1),
                Duration.ofMinutes(m.integer("wait_minutes", 0)), m.integer("pass_mark", 0),
                review.map(Duration::ofMinutes).orElse(null), m.optionalBoolean("shuffle_options").orElse(true), sections);
    }

    // ---------------------------------------------------------------- writing (canonical form)

    private static Map<String, Object> localized(LocalizedText t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("en", t.en());
        m.put("ru", t.ru());
        return m;
    }

    public static Map<String, Object> toMap(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.code());
        m.put("type", q.type().key());
        m.put("rules", q.rules());
        m.put("topics", q.topics());
        m.put("difficulty", q.difficulty());
        m.put("text", localized(q.text()));
        if (q.line() != null) {
            m.put("customer", localized(q.line()));
        }
        switch (q.type()) {
            case SINGLE, MULTIPLE, SCENARIO, ORDERING -> {
                List<Object> options = new ArrayList<>();
                for (Choice c : q.options()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", c.id());
                    o.putAll(localized(c.text()));
                    if (q.type() != QuestionType.ORDERING) {
                        o.put("correct", q.correct().contains(c.id()));
                    }
                    options.add(o);
                }
                m.put("options", options);
            }
            case MATCHING -> {
                List<Object> left = new ArrayList<>();
                for (Choice c : q.options()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", c.id());
                    o.putAll(localized(c.text()));
                    o.put("match", q.pairs().get(c.id()));
                    left.add(o);
                }
                List<Object> right = new ArrayList<>();
                for (Choice c : q.targets()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", c.id());
                    o.putAll(localized(c.text()));
                    right.add(o);
                }
                m.put("left", left);
                m.put("right", right);
            }
            case TRUE_FALSE -> m.put("answer", q.correct().contains("true"));
            case NUMERIC -> {
                m.put("answer", Question.plain(q.value()));
                m.put("tolerance", Question.plain(q.tolerance()));
            }
            case SHORT_TEXT -> {
                m.put("accept", q.accepted());
                m.put("patterns", q.patterns());
            }
        }
        if (q.explanation() != null) {
            m.put("explain", localized(q.explanation()));
        }
        return m;
    }

    public static Map<String, Object> toMap(Blueprint b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("title", localized(b.title()));
        if (b.certificationCode() != null) {
            m.put("certification", b.certificationCode());
        }
        m.put("time_limit_minutes", b.timeLimit().toMinutes());
        m.put("attempts", b.attemptsAllowed());
        m.put("wait_minutes", b.waitBetween().toMinutes());
        m.put("pass_mark", b.passMark());
        if (b.reviewDelay() != null) {
            m.put("review_after_minutes", b.reviewDelay().toMinutes());
        }
        m.put("shuffle_options", b.shuffleOptions());
        List<Object> sections = new ArrayList<>();
        for (Blueprint.Section s : b.sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("code", s.code());
            sm.put("title", localized(s.title()));
            sm.put("draw", s.draw());
            sm.put("tags", new ArrayList<>(s.tags()));
            sm.put("difficulty", s.difficulties().stream().sorted().toList());
            sections.add(sm);
        }
        m.put("sections", sections);
        return m;
    }

    public static String dump(Map<String, Object> map) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(200);
        return new Yaml(options).dump(map);
    }

    /** Parses stored or uploaded YAML text into a mapping with line numbers, or records why not. */
    public static Optional<YamlMap> parse(String file, String yaml, ContentProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, mapping, problems));
            }
            problems.add(file, 1, "must be a mapping of fields");
        } catch (RuntimeException e) {
            problems.add(file, 1, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A stored question's canonical YAML back to a question (it was valid when stored). */
    public static Question storedQuestion(String code, String yaml) {
        ContentProblems problems = new ContentProblems();
        Question q = parse(code + ".yaml", yaml, problems).map(BankYaml::question).orElse(null);
        if (q == null || problems.any()) {
            throw new IllegalStateException("stored question " + code + " does not parse: " + problems.items());
        }
        return q;
    }

    public static Blueprint storedBlueprint(String code, String yaml) {
        ContentProblems problems = new ContentProblems();
        Blueprint b = parse(code + ".yaml", yaml, problems).map(BankYaml::blueprint).orElse(null);
        if (b == null || problems.any()) {
            throw new IllegalStateException("stored exam " + code + " does not parse: " + problems.items());
        }
        return b;
    }
}
