package org.firstshift.elearning.packages.domain.sequencing;

import org.firstshift.elearning.packages.domain.PackageFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sequencing engine on real and hand-written manifests: control modes, limits, rules, objective maps, rollup. */
class SequencingEngineTest {

    static SequencingEngine manifest(String organizationBody) {
        String xml = """
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <organizations default="org"><organization identifier="org"><title>Course</title>
                  %s
                  </organization></organizations><resources/>
                </manifest>""".formatted(organizationBody);
        return SequencingReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    static final String FLOW = "<imsss:sequencing><imsss:controlMode choice=\"true\" flow=\"true\"/></imsss:sequencing>";

    static String leaf(String id, String sequencing) {
        return "<item identifier=\"" + id + "\" identifierref=\"r\"><title>" + id + "</title>" + sequencing + "</item>";
    }

    static String deliver(SequencingEngine.Outcome o) {
        return o.ok() ? o.deliver().id() : "refused: " + o.refused();
    }

    @Test
    void flowGoesForwardAndBackAcrossClusters() {
        SequencingEngine e = manifest(leaf("a", "") + "<item identifier=\"c\"><title>cluster</title>" + leaf("b", "") + leaf("x", "")
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing></item>" + leaf("d", "") + FLOW);
        assertEquals("a", deliver(e.start()));
        assertEquals("b", deliver(e.continueFrom("a")), "into the cluster's first leaf");
        assertEquals("x", deliver(e.continueFrom("b")));
        assertEquals("d", deliver(e.continueFrom("x")), "out of the cluster to the next sibling");
        assertTrue(deliver(e.continueFrom("d")).startsWith("refused: SB.2.1"), "nothing after the last");
        assertEquals("x", deliver(e.previousFrom("d")), "back into the cluster's last leaf");
        assertEquals("a", deliver(e.previousFrom("b")));
    }

    @Test
    void withoutFlowOnlyChoiceWorks() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", ""));
        assertTrue(deliver(e.start()).contains("flow is disabled"));
        assertTrue(deliver(e.continueFrom("a")).contains("SB.2.7"));
        assertEquals("b", deliver(e.choice("b", "a")));
    }

    @Test
    void forwardOnlyRefusesPreviousAndChoiceFalseRefusesTheMenu() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "")
                + "<imsss:sequencing><imsss:controlMode choice=\"false\" flow=\"true\" forwardOnly=\"true\"/></imsss:sequencing>");
        assertEquals("b", deliver(e.continueFrom("a")));
        assertTrue(deliver(e.previousFrom("b")).contains("only goes forward"));
        assertTrue(deliver(e.choice("b", "a")).contains("does not allow choosing"));
        assertFalse(e.choosable("a", null));
        assertTrue(e.canContinue("a"));
        assertFalse(e.canGoBack("b"));
    }

    @Test
    void choiceExitKeepsTheLearnerInsideUntilDone() {
        SequencingEngine e = manifest("<item identifier=\"c\"><title>locked in</title>" + leaf("b", "") + leaf("x", "")
                + "<imsss:sequencing><imsss:controlMode choiceExit=\"false\" flow=\"true\"/></imsss:sequencing></item>" + leaf("d", "") + FLOW);
        assertEquals("x", deliver(e.choice("x", "b")), "inside is fine");
        assertTrue(deliver(e.choice("d", "b")).contains("must be finished before leaving"));
    }

    @Test
    void attemptLimitStopsDeliveryOnceUsed() {
        SequencingEngine e = manifest(leaf("a", "<imsss:sequencing><imsss:limitConditions attemptLimit=\"1\"/></imsss:sequencing>") + leaf("b", "") + FLOW);
        assertEquals("a", deliver(e.start()));
        e.delivered("a");
        assertEquals(1, e.find("a").orElseThrow().attempts());
        assertTrue(deliver(e.choice("a", "b")).contains("used its 1 attempt"));
        assertEquals("b", deliver(e.choice("b", "a")));
    }

    @Test
    void preConditionRulesSkipHideAndDisable() {
        String skipWhenSatisfied = "<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>"
                + "<imsss:ruleCondition condition=\"satisfied\"/></imsss:ruleConditions><imsss:ruleAction action=\"skip\"/>"
                + "</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>";
        String hidden = "<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>"
                + "<imsss:ruleCondition condition=\"always\"/></imsss:ruleConditions><imsss:ruleAction action=\"hiddenFromChoice\"/>"
                + "</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>";
        String disabledUntilAttempted = "<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>"
                + "<imsss:ruleCondition condition=\"attempted\" operator=\"not\"/></imsss:ruleConditions><imsss:ruleAction action=\"disabled\"/>"
                + "</imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing>";
        SequencingEngine e = manifest(leaf("pretest", skipWhenSatisfied) + leaf("lesson", "") + leaf("secret", hidden)
                + leaf("review", disabledUntilAttempted) + FLOW);
        assertEquals("pretest", deliver(e.start()), "unknown status: the skip rule does not fire");
        e.report("pretest", true, true);
        assertEquals("lesson", deliver(e.start()), "a satisfied pretest is skipped");
        assertTrue(deliver(e.choice("secret", "lesson")).contains("hidden from choice"));
        assertEquals("secret", deliver(e.continueFrom("lesson")), "hidden from choice, still reachable by flow");
        assertTrue(deliver(e.continueFrom("secret")).contains("disabled"));
        e.delivered("review");
        assertEquals("review", deliver(e.choice("review", "secret")));
    }

    @Test
    void completionAndSatisfactionRollUpToTheCourse() {
        SequencingEngine e = manifest("<item identifier=\"c\"><title>part</title>" + leaf("a", "") + leaf("b", "")
                + "<imsss:sequencing><imsss:controlMode flow=\"true\"/></imsss:sequencing></item>"
                + leaf("info", "<imsss:sequencing><imsss:rollupRules rollupObjectiveSatisfied=\"false\"/></imsss:sequencing>") + FLOW);
        Activity course = e.root();
        assertNull(course.completed());
        e.delivered("a");
        e.report("a", true, true);
        assertEquals(Boolean.FALSE, e.find("c").orElseThrow().completed(), "b not done yet");
        assertNull(e.find("c").orElseThrow().satisfied());
        e.report("b", true, false);
        assertEquals(Boolean.TRUE, e.find("c").orElseThrow().completed());
        assertEquals(Boolean.FALSE, e.find("c").orElseThrow().satisfied(), "one failed part fails the cluster");
        e.report("b", true, true);
        e.report("info", true, null);
        assertEquals(Boolean.TRUE, course.completed());
        assertEquals(Boolean.TRUE, course.satisfied(), "info does not count for satisfaction");
    }

    @Test
    void theForcedSequentialGolfCourseUnlocksEachScoThroughItsGlobalObjective() throws Exception {
        byte[] xml = Files.readAllBytes(PackageFixtures.ROOT.resolve("scorm/scorm2004/SequencingForcedSequential_SCORM20043rdEdition/imsmanifest.xml"));
        SequencingEngine e = SequencingReader.read(xml);
        assertEquals("playing_item", deliver(e.start()));
        assertTrue(deliver(e.continueFrom("playing_item")).contains("disabled"), "etiquette waits for playing to be satisfied");
        assertFalse(e.choosable("handicapping_item", "playing_item"));
        e.delivered("playing_item");
        e.report("playing_item", true, true);
        assertEquals("etuqiette_item", deliver(e.continueFrom("playing_item")));
        assertFalse(e.choosable("handicapping_item", "etuqiette_item"), "still locked: etiquette not satisfied");
        e.report("etuqiette_item", true, false);
        assertFalse(e.choosable("handicapping_item", "etuqiette_item"), "failed is not satisfied");
        e.report("etuqiette_item", true, true);
        assertTrue(e.choosable("handicapping_item", "etuqiette_item"));
    }
}
