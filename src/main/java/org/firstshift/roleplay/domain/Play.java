package org.firstshift.roleplay.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walking a scenario: from a node, customer lines and branches are followed by themselves until
 * the trainee has to choose, answer in their own words, or the dialogue ends. Pure logic over a {@link ScenarioGraph}.
 */
public final class Play {
    private Play() {
    }

    /** Where a walk stopped: at a choice or an end, with the customer lines met on the way. */
    /** A customer's line met on the way, with its picture or sound if any. */
    public record Line(LocalizedText text, Media media) {
    }

    public record Stop(Node node, List<Line> customerLines) {
        public boolean isEnd() {
            return node.type() == NodeType.END;
        }
    }

    public static Stop advance(ScenarioGraph graph, String fromNode, int score, Set<String> chosen) {
        List<Line> lines = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Node node = graph.node(fromNode).orElseThrow(() -> new IllegalStateException("no node " + fromNode));
        while (node.type() == NodeType.CUSTOMER || node.type() == NodeType.BRANCH) {
            if (!visited.add(node.id())) {
                throw new IllegalStateException("scenario " + graph.id() + " loops without a choice at " + node.id());
            }
            if (node.type() == NodeType.CUSTOMER) {
                lines.add(new Line(node.text(), node.media()));
                node = graph.node(node.next()).orElseThrow();
            } else {
                node = graph.node(node.branchTo(score, chosen)).orElseThrow();
            }
        }
        return new Stop(node, List.copyOf(lines));
    }
}
