package org.firstshift.roleplay.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a scenario graph. Which fields are used depends on the type: a customer node has text
 * and next, optionally with a picture or sound; a choice node has responses; a free-text node has a
 * prompt, the rules the mentor rates the answer against, and next; a branch node has branches; an end node has an outcome,
 * text and debrief.
 */
public record Node(String id, NodeType type, LocalizedText text, LocalizedText prompt, String next,
                   List<Response> responses, List<Branch> branches, Outcome outcome, LocalizedText debrief, Media media,
                   List<String> reviewRules) {
    public Node {
        responses = responses == null ? List.of() : List.copyOf(responses);
        branches = branches == null ? List.of() : List.copyOf(branches);
        reviewRules = reviewRules == null ? List.of() : List.copyOf(reviewRules);
    }

    public Optional<Response> response(String responseId) {
        return responses.stream().filter(r -> r.id().equals(responseId)).findFirst();
    }

    /** The next node of a branch for this running score and these earlier choices. */
    public String branchTo(int score, Set<String> chosen) {
        return branches.stream().filter(b -> b.matches(score, chosen)).findFirst().map(Branch::next)
                .orElseThrow(() -> new IllegalStateException("branch " + id + " has no matching way out"));
    }

    /** Every node this one can lead to. */
    public List<String> successors() {
        List<String> out = new ArrayList<>();
        if (next != null) {
            out.add(next);
        }
        responses.forEach(r -> out.add(r.next()));
        branches.forEach(b -> out.add(b.next()));
        return out;
    }
}
