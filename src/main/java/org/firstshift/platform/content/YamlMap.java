package org.firstshift.platform.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read with its line numbers, so every problem can say "file, line: what". Reading a
 * missing or ill-typed value records a problem and returns a neutral value; callers check
 * {@link ContentProblems#any()} once at the end instead of after every field.
 */
public final class YamlMap {
    private final String file;
    private final MappingNode node;
    private final ContentProblems problems;

    public YamlMap(String file, MappingNode node, ContentProblems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    /** 1-based line where this mapping starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public void problem(String message) {
        problems.add(file, line(), message);
    }

    public void problem(String key, String message) {
        problems.add(file, find(key).map(n -> n.getStartMark().getLine() + 1).orElse(line()), "'" + key + "' " + message);
    }

    private Optional<Node> find(String key) {
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(t.getValueNode());
            }
        }
        return Optional.empty();
    }

    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        }
        return keys;
    }

    /** Records a problem for every key not in the allowed list (catches typos such as 'hire_dte'). */
    public void allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !ok.contains(k.getValue())) {
                problems.add(file, k.getStartMark().getLine() + 1, "unknown field '" + k.getValue()
                        + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
    }

    public boolean has(String key) {
        return find(key).isPresent();
    }

    public Optional<String> optionalText(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s) {
            String text = s.getValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        problem(key, "must be a single value, not a list or mapping");
        return Optional.empty();
    }

    public String text(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && !has(key)) {
            problem("missing required field '" + key + "'");
        } else if (value.isEmpty()) {
            problem(key, "must not be empty");
        }
        return value.orElse("");
    }

    public Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(key, "is not a date in the form YYYY-MM-DD: '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public LocalDate date(String key) {
        Optional<LocalDate> value = optionalDate(key);
        if (value.isEmpty() && !has(key)) {
            problem("missing required field '" + key + "'");
        }
        return value.orElse(null);
    }

    public Optional<Integer> optionalInt(String key) {
        return optionalText(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problem(key, "is not a whole number: '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public int integer(String key, int fallback) {
        return optionalInt(key).orElse(fallback);
    }

    public Optional<Boolean> optionalBoolean(String key) {
        return optionalText(key).flatMap(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problem(key, "must be true or false: '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    /** A nested mapping, or empty (with a problem if present but not a mapping). */
    public Optional<YamlMap> optionalMap(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode m) {
            return Optional.of(new YamlMap(file, m, problems));
        }
        problem(key, "must be a mapping of fields");
        return Optional.empty();
    }

    /** A list of mappings under the key (empty when absent). */
    public List<YamlMap> maps(String key) {
        List<YamlMap> result = new ArrayList<>();
        Optional<Node> value = find(key);
        if (value.isEmpty() || isNull(value.get())) {
            return result;
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            problem(key, "must be a list");
            return result;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                result.add(new YamlMap(file, m, problems));
            } else {
                problems.add(file, item.getStartMark().getLine() + 1, "each entry of '" + key + "' must be a mapping of fields");
            }
        }
        return result;
    }

    /** A list of plain values; a single value is accepted as a list of one. */
    public List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        Optional<Node> value = find(key);
        if (value.isEmpty() || isNull(value.get())) {
            return result;
        }
        if (value.get() instanceof ScalarNode s) {
            result.add(s.getValue().strip());
            return result;
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            problem(key, "must be a list of values");
            return result;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                result.add(s.getValue().strip());
            } else {
                problems.add(file, item.getStartMark().getLine() + 1, "each entry of '" + key + "' must be a single value");
            }
        }
        return result;
    }

    /** Line of the value under {@code key}, or of this mapping when absent. */
    public int lineOf(String key) {
        return find(key).map(n -> n.getStartMark().getLine() + 1).orElse(line());
    }

    public void problemAt(String key, String message) {
        problems.add(file, lineOf(key), message);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }
}
