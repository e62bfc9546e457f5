package org.firstshift.roleplay.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A role-play scenario as a directed graph of nodes. It is checked as a whole before anyone plays
 * it: every target exists, every node is reachable from the start, every path ends, at most four
 * responses per choice, a branch ends with a default, and there are no cycles except through
 * nodes marked as allowed loop points ({@code loops} lists them). {@link #problems} lists every
 * problem; {@link #requireValid} throws on the first set.
 */
public record ScenarioGraph(String id, LocalizedText title, String objection, LocalizedText summary, int passMark,
                            String start, Map<String, Node> nodes, Set<String> loops) {
    public ScenarioGraph {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        loops = loops == null ? Set.of() : Set.copyOf(loops);
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    /** Every problem with this graph, given which rule ids exist; empty when it can be played. */
    public List<String> problems(Predicate<String> ruleExists) {
        List<String> problems = new ArrayList<>();
        if (!nodes.containsKey(start)) {
            problems.add("the start node '" + start + "' does not exist");
            return problems;
        }
        Set<String> responseIds = new HashSet<>();
        for (Node n : nodes.values()) {
            switch (n.type()) {
                case CUSTOMER -> {
                    if (n.next() == null) {
                        problems.add("customer node '" + n.id() + "' has no next node (a dead end)");
                    }
                }
                case CHOICE -> {
                    if (n.responses().size() < 2 || n.responses().size() > 4) {
                        problems.add("choice node '" + n.id() + "' has " + n.responses().size() + " responses (2 to 4 allowed)");
                    }
                    for (Response r : n.responses()) {
                        if (!responseIds.add(r.id())) {
                            problems.add("response id '" + r.id() + "' is used twice");
                        }
                        if (r.honours().isEmpty() && r.breaks().isEmpty()) {
                            problems.add("response '" + r.id() + "' names no rule it honours or breaks");
                        }
                        for (String rule : concat(r.honours(), r.breaks())) {
                            if (!ruleExists.test(rule)) {
                                problems.add("response '" + r.id() + "' refers to unknown rule '" + rule + "'");
                            }
                        }
                    }
                }
                case FREE_TEXT -> {
                    if (n.next() == null || n.prompt() == null) {
                        problems.add("free-text node '" + n.id() + "' needs a prompt and a next node");
                    }
                    if (n.reviewRules().isEmpty()) {
                        problems.add("free-text node '" + n.id() + "' names no rules for the mentor to rate against");
                    }
                    n.reviewRules().stream().filter(rule -> !ruleExists.test(rule))
                            .forEach(rule -> problems.add("free-text node '" + n.id() + "' refers to unknown rule '" + rule + "'"));
                }
                case BRANCH -> {
                    if (n.branches().isEmpty() || !n.branches().get(n.branches().size() - 1).isDefault()) {
                        problems.add("branch node '" + n.id() + "' must end with a default way out (no condition)");
                    }
                }
                case END -> {
                    if (n.outcome() == null) {
                        problems.add("end node '" + n.id() + "' has no outcome");
                    }
                }
            }
            for (String target : n.successors()) {
                if (!nodes.containsKey(target)) {
                    problems.add("node '" + n.id() + "' leads to '" + target + "', which does not exist");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> reachable = reachableFrom(start);
        for (String nodeId : nodes.keySet()) {
            if (!reachable.contains(nodeId)) {
                problems.add("node '" + nodeId + "' cannot be reached from the start");
            }
        }
        findCycle().ifPresent(cycle -> problems.add("cycle " + String.join(" -> ", cycle)
                + " (allowed only through nodes listed under 'loops')"));
        for (String nodeId : reachable) {
            if (!canEnd(nodeId)) {
                problems.add("from node '" + nodeId + "' no path reaches an end");
            }
        }
        if (nodes.values().stream().noneMatch(n -> n.type() == NodeType.CHOICE || n.type() == NodeType.FREE_TEXT)) {
            problems.add("a scenario needs at least one choice");
        }
        if (passMark < 0 || passMark > 100) {
            problems.add("the pass mark must be between 0 and 100, not " + passMark);
        }
        return problems;
    }

    public void requireValid(Predicate<String> ruleExists) {
        List<String> problems = problems(ruleExists);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scenario " + id + ": " + String.join("; ", problems));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Set<String> reachableFrom(String from) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(nodes.get(id).successors());
            }
        }
        return seen;
    }

    private boolean canEnd(String from) {
        return reachableFrom(from).stream().anyMatch(id -> nodes.get(id).type() == NodeType.END);
    }

    /** A cycle that does not pass through an allowed loop node, if there is one. */
    Optional<List<String>> findCycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String id : nodes.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(id, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            boolean allowed = cycle.stream().anyMatch(loops::contains);
            return allowed ? Optional.empty() : Optional.of(cycle);
        }
        state.put(id, 1);
        path.add(id);
        for (String next : nodes.get(id).successors()) {
            Optional<List<String>> cycle = visit(next, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return Optional.empty();
    }

    /** The best score any path can reach (for the pass mark as a percentage). */
    public int maxScore() {
        return best(start, new HashMap<>(), new HashSet<>());
    }

    private int best(String id, Map<String, Integer> memo, Set<String> onPath) {
        if (memo.containsKey(id)) {
            return memo.get(id);
        }
        if (!onPath.add(id)) {
            return 0; // an allowed loop adds nothing on the way round
        }
        Node n = nodes.get(id);
        int value = switch (n.type()) {
            case END -> 0;
            case CUSTOMER, FREE_TEXT -> best(n.next(), memo, onPath);
            case CHOICE -> n.responses().stream().mapToInt(r -> r.score() + best(r.next(), memo, onPath)).max().orElse(0);
            case BRANCH -> n.branches().stream().mapToInt(b -> best(b.next(), memo, onPath)).max().orElse(0);
        };
        onPath.remove(id);
        memo.put(id, value);
        return value;
    }

    /** Every rule id any response honours or breaks. */
    public Set<String> ruleIds() {
        Set<String> all = new TreeSet<>();
        nodes.values().forEach(n -> {
            all.addAll(n.reviewRules());
            n.responses().forEach(r -> {
                all.addAll(r.honours());
                all.addAll(r.breaks());
            });
        });
        return all;
    }
}
