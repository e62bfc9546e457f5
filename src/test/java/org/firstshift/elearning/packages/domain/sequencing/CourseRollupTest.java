package org.firstshift.elearning.packages.domain.sequencing;

import org.junit.jupiter.api.Test;

import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.leaf;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.manifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The root's rollup as the package's result: done, score, and which packages it decides (authored sequencing). */
class CourseRollupTest {

    static final String TWO_OF_THREE = "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/><imsss:rollupRules>"
            + "<imsss:rollupRule childActivitySet=\"atLeastCount\" minimumCount=\"2\"><imsss:rollupConditions>"
            + "<imsss:rollupCondition condition=\"satisfied\"/></imsss:rollupConditions><imsss:rollupAction action=\"satisfied\"/>"
            + "</imsss:rollupRule></imsss:rollupRules></imsss:sequencing>";

    @Test
    void aCustomRuleDecidesBeforeEveryPartIsDone() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "") + leaf("c", "") + TWO_OF_THREE);
        e.restore("a", 1, true, true, 0.9, false);
        assertFalse(e.courseRollup().done(), "one satisfied part: the rule does not fire yet");
        assertNull(e.courseRollup().satisfied());
        e.restore("b", 1, true, true);
        CourseRollup r = e.courseRollup();
        assertTrue(r.done(), "two of three satisfied: the course is");
        assertEquals(Boolean.FALSE, r.completed(), "c is still to do, which the every-SCO rule would wait for");
        assertEquals(30, r.percent(), "RB.1.1: 0.9 weighted over all three tracked parts");
    }

    @Test
    void aFailedCourseIsNotDoneEvenWhenCompleted() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "") + SequencingEngineTest.FLOW);
        e.restore("a", 1, true, true);
        e.restore("b", 1, true, false);
        assertEquals(new CourseRollup(true, false, null), e.courseRollup());
        assertFalse(e.courseRollup().done());
        assertNull(e.courseRollup().percent());
        e.restore("b", 1, true, true);
        assertTrue(e.courseRollup().done());
    }

    @Test
    void onlyAManifestWithItsOwnSequencingIsDecidedByTheRollup() {
        assertTrue(manifest(leaf("a", "") + leaf("b", "") + SequencingEngineTest.FLOW).authored());
        assertFalse(manifest(leaf("a", "") + leaf("b", "")).authored(), "default sequencing only: the every-SCO rule stays");
    }

    @Test
    void theMeasureBecomesAPercentageWithinZeroAndHundred() {
        assertEquals(0, new CourseRollup(true, true, -0.4).percent());
        assertEquals(100, new CourseRollup(true, true, 1.0).percent());
        assertEquals(67, new CourseRollup(true, true, 0.666).percent());
    }
}
