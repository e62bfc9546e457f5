package org.firstshift.testing;

import org.firstshift.platform.content.ContentProblems;
import org.firstshift.roleplay.application.ScenarioReader;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.NodeType;
import org.firstshift.roleplay.domain.Outcome;
import org.firstshift.roleplay.domain.Play;
import org.firstshift.roleplay.domain.Response;
import org.firstshift.roleplay.domain.ScenarioGraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds paths through a demo scenario (read from the content file the server loaded), so tests can
 * play to a good or a bad ending without spelling out the answers.
 */
public final class ScenarioPaths {
    /** Stands in a path where the trainee writes their own words instead of choosing. */
    public static final String FREE_TEXT = "<free text>";

    private ScenarioPaths() {
    }

    public static ScenarioGraph demo(String file) {
        try {
            String yaml = Files.readString(Path.of("content", "demo", "roleplay", file), StandardCharsets.UTF_8);
            return ScenarioReader.parse(file, yaml, new ContentProblems()).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The response ids of the highest-scoring path that ends in one of the wanted outcomes. */
    public static List<String> best(ScenarioGraph g, Set<Outcome> wanted) {
        return search(g, g.start(), 0, new LinkedHashSet<>(), wanted, true).orElseThrow().responses;
    }

    /** The lowest-scoring path that ends in one of the wanted outcomes. */
    public static List<String> worst(ScenarioGraph g, Set<Outcome> wanted) {
        return search(g, g.start(), 0, new LinkedHashSet<>(), wanted, false).orElseThrow().responses;
    }

    private record Path_(List<String> responses, int score) {
    }

    private static Optional<Path_> search(ScenarioGraph g, String from, int score, LinkedHashSet<String> chosen,
                                          Set<Outcome> wanted, boolean highest) {
        Play.Stop stop = Play.advance(g, from, score, chosen);
        Node node = stop.node();
        if (node.type() == NodeType.END) {
            return wanted.contains(node.outcome()) ? Optional.of(new Path_(new ArrayList<>(), score)) : Optional.empty();
        }
        if (node.type() == NodeType.FREE_TEXT) {
            return search(g, node.next(), score, chosen, wanted, highest).map(sub -> {
                List<String> responses = new ArrayList<>();
                responses.add(FREE_TEXT);
                responses.addAll(sub.responses);
                return new Path_(responses, sub.score);
            });
        }
        Optional<Path_> pick = Optional.empty();
        for (Response r : node.responses()) {
            LinkedHashSet<String> next = new LinkedHashSet<>(chosen);
            next.add(r.id());
            Optional<Path_> sub = search(g, r.next(), score + r.score(), next, wanted, highest);
            if (sub.isPresent() && (pick.isEmpty() || (highest ? sub.get().score > pick.get().score : sub.get().score < pick.get().score))) {
                List<String> responses = new ArrayList<>();
                responses.add(r.id());
                responses.addAll(sub.get().responses);
                pick = Optional.of(new Path_(responses, sub.get().score));
            }
        }
        return pick;
    }
}
