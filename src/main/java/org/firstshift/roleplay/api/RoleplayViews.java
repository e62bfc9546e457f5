package org.firstshift.roleplay.api;

import org.firstshift.roleplay.application.Debriefs;
import org.firstshift.roleplay.application.Roleplays;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.NodeType;
import org.firstshift.roleplay.domain.Response;

import java.util.List;
import java.util.Locale;

/** The JSON shapes of the role-play API. The answer key (scores, rules, next nodes) never leaves before a choice. */
public final class RoleplayViews {
    private RoleplayViews() {
    }

    public record Option(String id, String text) {
    }

    public record NodeView(String id, String type, String prompt, List<Option> responses, String ending) {
    }

    public record Feedback(String responseId, String text, List<String> honours, List<String> breaks, int scoreDelta) {
    }

    public record Line(String text, String image, String audio) {
    }

    public record TurnView(long attemptId, String scenario, List<Line> customerLines, NodeView node, Feedback feedback,
                           int score, boolean finished, Debriefs.Debrief debrief) {
    }

    public static TurnView of(Roleplays.Turn turn, Debriefs debriefs, Locale locale) {
        Node node = turn.stop().node();
        NodeView view = new NodeView(node.id(), node.type().name().toLowerCase(Locale.ROOT),
                node.prompt() == null ? null : node.prompt().in(locale),
                node.type() == NodeType.CHOICE ? node.responses().stream().map(r -> new Option(r.id(), r.text().in(locale))).toList() : List.of(),
                node.type() == NodeType.END ? node.text().in(locale) : null);
        Feedback feedback = null;
        if (turn.chosenResponse() != null) {
            Response chosen = turn.graph().nodes().values().stream().flatMap(n -> n.response(turn.chosenResponse()).stream())
                    .findFirst().orElseThrow();
            feedback = new Feedback(chosen.id(), chosen.feedback().in(locale), chosen.honours(), chosen.breaks(), chosen.score());
        }
        boolean finished = turn.attempt().isFinished();
        return new TurnView(turn.attempt().getId(), turn.attempt().getScenarioCode(),
                turn.stop().customerLines().stream().map(l -> new Line(l.text().in(locale),
                        l.media() == null ? null : l.media().image(), l.media() == null ? null : l.media().audio())).toList(), view, feedback,
                turn.attempt().getScore(), finished, finished ? debriefs.of(turn.attempt(), locale) : null);
    }
}
