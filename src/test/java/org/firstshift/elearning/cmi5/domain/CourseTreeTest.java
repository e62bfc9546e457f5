package org.firstshift.elearning.cmi5.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseTreeTest {
    // course c: block b1 { au a1, block b2 { au a2, au a3 } }, au a4
    static final CourseTree TREE = new CourseTree(List.of(
            new CourseTree.Node("b1", "c", true, 1), new CourseTree.Node("a1", "b1", false, 2),
            new CourseTree.Node("b2", "b1", true, 2), new CourseTree.Node("a2", "b2", false, 3),
            new CourseTree.Node("a3", "b2", false, 3), new CourseTree.Node("a4", "c", false, 1)));

    static List<String> blocks(Set<String> met) {
        return TREE.satisfiedBlocks(met).stream().map(CourseTree.Node::publisherId).toList();
    }

    @Test
    void aBlockIsSatisfiedWhenEveryAuInItAtAnyDepthIsMet() {
        assertEquals(List.of(), blocks(Set.of("a1", "a2")));
        assertEquals(List.of("b2"), blocks(Set.of("a2", "a3")));
        assertEquals(List.of("b2", "b1"), blocks(Set.of("a1", "a2", "a3")), "innermost first");
    }

    @Test
    void theCourseNeedsEveryAu() {
        assertFalse(TREE.courseSatisfied(Set.of("a1", "a2", "a3")));
        assertTrue(TREE.courseSatisfied(Set.of("a1", "a2", "a3", "a4")));
        assertFalse(new CourseTree(List.of(new CourseTree.Node("b", "c", true, 1))).courseSatisfied(Set.of()), "no AU, nothing to satisfy");
    }
}
