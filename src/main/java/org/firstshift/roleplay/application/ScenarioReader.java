package org.firstshift.roleplay.application;

import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.roleplay.domain.Branch;
import org.firstshift.roleplay.domain.Media;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.NodeType;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.Response;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.standards.application.StandardsContent;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario from YAML into a {@link ScenarioGraph}, reporting shape problems with their
 * line (wrong types, missing fields, unknown node types). Graph problems (dead ends, unreachable
 * nodes, cycles, unknown rules) are the graph's own check.
 */
public final class ScenarioReader {
    public static final Set<String> OBJECTIONS = Set.of("price", "origin", "think", "information", "cannot-answer", "complaint", "other");

    private ScenarioReader() {
    }

    public static Optional<ScenarioGraph> parse(String file, String yaml, ContentProblems problems) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            var root = new Yaml(options).compose(new StringReader(yaml));
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, 1, "a scenario file must be a mapping of fields");
                return Optional.empty();
            }
            int before = problems.items().size();
            ScenarioGraph graph = read(new YamlMap(file, mapping, problems));
            return problems.items().size() == before ? Optional.of(graph) : Optional.empty();
        } catch (MarkedYAMLException e) {
            problems.add(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    static ScenarioGraph read(YamlMap root) {
        root.allowOnly("id", "title", "objection", "summary", "pass_mark", "start", "nodes", "loops");
        String id = root.text("id");
        if (!id.isEmpty() && !id.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            root.problem("id", "'" + id + "' must be upper-case letters, digits, '_' or '-'");
        }
        String objection = root.text("objection");
        if (!objection.isEmpty() && !OBJECTIONS.contains(objection)) {
            root.problem("objection", "must be one of " + OBJECTIONS + ", not '" + objection + "'");
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (YamlMap n : root.maps("nodes")) {
            Node node = node(n);
            if (node != null && nodes.put(node.id(), node) != null) {
                n.problem("id", "node '" + node.id() + "' appears twice");
            }
        }
        if (nodes.isEmpty()) {
            root.problem("a scenario needs nodes");
        }
        return new ScenarioGraph(id, StandardsContent.text(root, "title", true), objection,
                StandardsContent.text(root, "summary", false), root.integer("pass_mark", 70), root.text("start"), nodes,
                Set.copyOf(root.texts("loops")));
    }

    private static Node node(YamlMap n) {
        String id = n.text("id");
        String typeText = n.text("type");
        NodeType type;
        try {
            type = NodeType.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            n.problem("type", "must be customer, choice, free_text, branch or end, not '" + typeText + "'");
            return null;
        }
        switch (type) {
            case CUSTOMER -> {
                n.allowOnly("id", "type", "text", "next", "image", "audio");
                Media media = null;
                if (n.has("image") || n.has("audio")) {
                    media = new Media(n.optionalText("image").orElse(null), n.optionalText("audio").orElse(null));
                    for (String key : new String[]{"image", "audio"}) {
                        n.optionalText(key).filter(u -> !Media.isSafeUrl(u))
                                .ifPresent(u -> n.problem(key, "must be an https:// URL or a path of this application, not '" + u + "'"));
                    }
                }
                return new Node(id, type, StandardsContent.text(n, "text", true), null, n.text("next"), null, null, null, null, media, null);
            }
            case CHOICE -> {
                n.allowOnly("id", "type", "prompt", "responses");
                List<Response> responses = new ArrayList<>();
                for (YamlMap r : n.maps("responses")) {
                    r.allowOnly("id", "text", "feedback", "honours", "breaks", "score", "next");
                    int score = r.integer("score", 0);
                    if (score < -100 || score > 100) {
                        r.problem("score", "must be between -100 and 100");
                    }
                    responses.add(new Response(r.text("id"), StandardsContent.text(r, "text", true),
                            StandardsContent.text(r, "feedback", true), r.texts("honours"), r.texts("breaks"), score, r.text("next")));
                }
                return new Node(id, type, null, StandardsContent.text(n, "prompt", false), null, responses, null, null, null, null, null);
            }
            case FREE_TEXT -> {
                n.allowOnly("id", "type", "prompt", "rules", "next");
                return new Node(id, type, null, StandardsContent.text(n, "prompt", true), n.text("next"), null, null, null, null, null,
                        n.texts("rules"));
            }
            case BRANCH -> {
                n.allowOnly("id", "type", "when");
                List<Branch> branches = new ArrayList<>();
                for (YamlMap w : n.maps("when")) {
                    w.allowOnly("min_score", "chose", "next");
                    branches.add(new Branch(w.optionalInt("min_score").orElse(null), w.optionalText("chose").orElse(null), w.text("next")));
                }
                return new Node(id, type, null, null, null, null, branches, null, null, null, null);
            }
            default -> {
                n.allowOnly("id", "type", "outcome", "text", "debrief");
                Outcome outcome = null;
                String o = n.text("outcome");
                try {
                    outcome = Outcome.valueOf(o.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    n.problem("outcome", "must be sale, satisfied, left or complaint, not '" + o + "'");
                }
                LocalizedText debrief = StandardsContent.text(n, "debrief", true);
                return new Node(id, type, StandardsContent.text(n, "text", true), null, null, null, null, outcome, debrief, null, null);
            }
        }
    }
}
