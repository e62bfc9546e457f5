package org.firstshift.elearning.cmi5.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A cmi5 course's blocks and AUs as the course structure nests them (13.1.2, 13.1.3), for moveOn: a
 * block is satisfied when every AU in it (at any depth) met its moveOn criterion or was waived, and the
 * course when every AU of it did (9.3.9). A block without AUs is not satisfied by this.
 */
public final class CourseTree {

    /** A block or an AU: its id in the course structure and its parent's (the course id at the top). */
    public record Node(String publisherId, String parentId, boolean block, int depth) {
    }

    private final List<Node> nodes;

    public CourseTree(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The blocks whose AUs are all in {@code met}, innermost first (the order the LMS reports them in). */
    public List<Node> satisfiedBlocks(Set<String> met) {
        List<Node> out = new ArrayList<>();
        for (Node b : nodes) {
            if (b.block()) {
                List<Node> aus = ausUnder(b.publisherId());
                if (!aus.isEmpty() && aus.stream().allMatch(a -> met.contains(a.publisherId()))) {
                    out.add(b);
                }
            }
        }
        out.sort(Comparator.comparingInt(Node::depth).reversed());
        return out;
    }

    /** Whether every AU of the course is in {@code met}. */
    public boolean courseSatisfied(Set<String> met) {
        List<Node> aus = nodes.stream().filter(n -> !n.block()).toList();
        return !aus.isEmpty() && aus.stream().allMatch(a -> met.contains(a.publisherId()));
    }

    /** The AUs in a block, at any depth. */
    public List<Node> ausUnder(String blockId) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (blockId.equals(n.parentId())) {
                if (n.block()) {
                    out.addAll(ausUnder(n.publisherId()));
                } else {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
