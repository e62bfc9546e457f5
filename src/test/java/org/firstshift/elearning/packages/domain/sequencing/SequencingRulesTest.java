package org.firstshift.elearning.packages.domain.sequencing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.ABANDON;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.CHOICE;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.CONTINUE;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.EXIT;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.EXIT_ALL;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.JUMP;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.PREVIOUS;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.RESUME_ALL;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.START;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.SUSPEND_ALL;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.FLOW;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.deliver;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.leaf;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.manifest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SN book's behaviour for post-condition and exit-condition rules, custom rollup rules,
 * rollup considerations and measure rollup, selection and randomisation, and the navigation
 * requests of 4th edition (jump, exitAll, suspendAll/resumeAll, abandon). Hand-written manifests.
 */
class SequencingRulesTest {

    static String seq(String body) {
        return "<imsss:sequencing>" + body + "</imsss:sequencing>";
    }

    static String rule(String kind, String conditions, String action) {
        return "<imsss:" + kind + "><imsss:ruleConditions>" + conditions + "</imsss:ruleConditions><imsss:ruleAction action=\""
                + action + "\"/></imsss:" + kind + ">";
    }

    static String when(String condition) {
        return "<imsss:ruleCondition condition=\"" + condition + "\"/>";
    }

    static String unless(String condition) {
        return "<imsss:ruleCondition condition=\"" + condition + "\" operator=\"not\"/>";
    }

    static String post(String conditions, String action) {
        return seq("<imsss:sequencingRules>" + rule("postConditionRule", conditions, action) + "</imsss:sequencingRules>");
    }

    static String cluster(String id, String sequencing, String... kids) {
        return "<item identifier=\"" + id + "\"><title>" + id + "</title>" + String.join("", kids) + sequencing + "</item>";
    }

    static final String CLUSTER_FLOW = "<imsss:controlMode flow=\"true\"/>";

    // ------------------------------------------------------------------ post-condition rules

    @Test
    void retryRedeliversAnUnsatisfiedActivityInsteadOfContinuing() {
        SequencingEngine e = manifest(leaf("quiz", post(unless("satisfied"), "retry")) + leaf("next", "") + FLOW);
        e.delivered("quiz");
        e.report("quiz", true, false);
        SequencingEngine.Outcome o = e.navigate(CONTINUE, null, "quiz");
        assertEquals("quiz", deliver(o), "failed: the post-condition's retry replaces the learner's continue");
        assertSame(e.find("quiz").orElseThrow(), o.retried());
        e.report("quiz", true, true);
        assertEquals("next", deliver(e.navigate(CONTINUE, null, "quiz")), "passed: the rule no longer holds");
    }

    @Test
    void retryStopsAtTheAttemptLimit() {
        SequencingEngine e = manifest(leaf("quiz", seq("<imsss:sequencingRules>" + rule("postConditionRule", unless("satisfied"), "retry")
                + "</imsss:sequencingRules><imsss:limitConditions attemptLimit=\"2\"/>")) + FLOW);
        e.begin(e.start());
        e.report("quiz", true, false);
        e.begin(e.navigate(CONTINUE, null, "quiz"));
        e.report("quiz", true, false);
        assertTrue(deliver(e.navigate(CONTINUE, null, "quiz")).contains("used its 2 attempt"));
    }

    @Test
    void retryOnAClusterStartsItAgainFromItsFirstChild() {
        SequencingEngine e = manifest(cluster("unit", seq(CLUSTER_FLOW + "<imsss:sequencingRules>"
                        + rule("postConditionRule", unless("satisfied"), "retry") + "</imsss:sequencingRules>"),
                leaf("a", ""), leaf("b", post(when("always"), "exitParent"))) + leaf("after", "") + FLOW);
        e.report("a", true, true);
        e.report("b", true, false);
        assertEquals("a", deliver(e.navigate(CONTINUE, null, "b")), "b exits to the unit, whose retry starts it anew");
        e.report("b", true, true);
        assertEquals("after", deliver(e.navigate(CONTINUE, null, "b")), "unit satisfied: continue after it");
    }

    @Test
    void exitParentThenContinueLeavesTheClusterEarly() {
        SequencingEngine e = manifest(cluster("unit", seq(CLUSTER_FLOW), leaf("a", post(when("satisfied"), "exitParent")), leaf("b", ""))
                + leaf("after", "") + FLOW);
        e.report("a", true, true);
        assertEquals("after", deliver(e.navigate(CONTINUE, null, "a")), "a satisfied: the unit ends, b is passed over");
        e.report("a", true, false);
        assertEquals("b", deliver(e.navigate(CONTINUE, null, "a")));
    }

    @Test
    void exitAllAndRetryAllAndContinueAndPreviousPostConditions() {
        SequencingEngine e = manifest(leaf("intro", post(when("completed"), "continue")) + leaf("quiz", post(unless("satisfied"), "previous"))
                + leaf("final", post(when("satisfied"), "exitAll")) + leaf("again", post(when("always"), "retryAll")) + FLOW);
        e.report("intro", true, null);
        assertEquals("quiz", deliver(e.navigate(EXIT, null, "intro")), "exit from intro: the rule continues");
        e.report("quiz", true, false);
        assertEquals("intro", deliver(e.navigate(CONTINUE, null, "quiz")), "failed quiz: back to the intro");
        e.report("final", true, true);
        SequencingEngine.Outcome all = e.navigate(CONTINUE, null, "final");
        assertTrue(all.ended() && !all.ok(), "exitAll ends the course session");
        SequencingEngine.Outcome restart = e.navigate(CONTINUE, null, "again");
        assertEquals("intro", deliver(restart), "retryAll starts the whole course again");
        assertSame(e.root(), restart.retried());
    }

    @Test
    void exitConditionOnAnAncestorEndsItWhenAChildFinishes() {
        SequencingEngine e = manifest(cluster("unit", seq(CLUSTER_FLOW + "<imsss:sequencingRules>" + rule("exitConditionRule", when("completed"), "exit")
                        + "</imsss:sequencingRules><imsss:rollupRules><imsss:rollupRule childActivitySet=\"any\"><imsss:rollupConditions>"
                        + "<imsss:rollupCondition condition=\"completed\"/></imsss:rollupConditions><imsss:rollupAction action=\"completed\"/>"
                        + "</imsss:rollupRule></imsss:rollupRules>"),
                leaf("a", ""), leaf("b", "")) + leaf("after", "") + FLOW);
        e.report("a", true, null);
        assertEquals(Boolean.TRUE, e.find("unit").orElseThrow().completed(), "any child completed completes the unit");
        assertEquals("after", deliver(e.navigate(CONTINUE, null, "a")), "the unit's exit rule ends it: continue goes past b");
    }

    // ------------------------------------------------------------------ rollup rules

    static String rollup(String attrs, String set, String combination, String conditions, String action) {
        return "<imsss:rollupRules" + attrs + "><imsss:rollupRule childActivitySet=\"" + set + "\"><imsss:rollupConditions"
                + (combination == null ? "" : " conditionCombination=\"" + combination + "\"") + ">" + conditions
                + "</imsss:rollupConditions><imsss:rollupAction action=\"" + action + "\"/></imsss:rollupRule></imsss:rollupRules>";
    }

    static String rc(String condition) {
        return "<imsss:rollupCondition condition=\"" + condition + "\"/>";
    }

    static String rcNot(String condition) {
        return "<imsss:rollupCondition condition=\"" + condition + "\" operator=\"not\"/>";
    }

    static SequencingEngine three(String rollupRules) {
        return manifest(leaf("a", "") + leaf("b", "") + leaf("c", "") + seq("<imsss:controlMode choice=\"true\" flow=\"true\"/>" + rollupRules));
    }

    @Test
    void atLeastCountSatisfiesTheParentWithTwoOfThree() {
        SequencingEngine e = three(rollup("", "atLeastCount\" minimumCount=\"2", null, rc("satisfied"), "satisfied"));
        e.report("a", true, true);
        assertNull(e.root().satisfied(), "one of three: no rule fires, status unknown");
        e.report("b", true, false);
        assertNull(e.root().satisfied());
        e.report("c", true, true);
        assertEquals(Boolean.TRUE, e.root().satisfied());
    }

    @Test
    void atLeastPercentAndNotSatisfiedWhenAnyFailed() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "") + leaf("c", "") + leaf("d", "")
                + seq("<imsss:controlMode flow=\"true\"/><imsss:rollupRules>"
                + "<imsss:rollupRule childActivitySet=\"atLeastPercent\" minimumPercent=\"0.75\"><imsss:rollupConditions>" + rc("satisfied")
                + "</imsss:rollupConditions><imsss:rollupAction action=\"satisfied\"/></imsss:rollupRule>"
                + "<imsss:rollupRule childActivitySet=\"any\"><imsss:rollupConditions>" + rcNot("satisfied") + rc("attempted")
                .replace("rollupCondition", "rollupCondition") + "</imsss:rollupConditions><imsss:rollupAction action=\"notSatisfied\"/></imsss:rollupRule>"
                + "</imsss:rollupRules>"));
        e.report("a", true, true);
        e.report("b", true, true);
        e.report("c", true, false);
        assertEquals(Boolean.FALSE, e.root().satisfied(), "50% satisfied, one failed: notSatisfied");
        e.report("d", true, true);
        assertEquals(Boolean.TRUE, e.root().satisfied(), "75%: satisfied wins over notSatisfied (evaluated after it)");
    }

    @Test
    void allConditionsWithAllCombinationAndNoneSet() {
        SequencingEngine e = three(rollup("", "all", "all", rc("completed") + rc("satisfied"), "completed")
                .replace("</imsss:rollupRules>", "<imsss:rollupRule childActivitySet=\"none\"><imsss:rollupConditions>" + rc("completed")
                        + "</imsss:rollupConditions><imsss:rollupAction action=\"incomplete\"/></imsss:rollupRule></imsss:rollupRules>"));
        e.report("a", false, null);
        e.report("b", false, null);
        e.report("c", false, null);
        assertEquals(Boolean.FALSE, e.root().completed(), "none completed: incomplete");
        e.report("a", true, true);
        e.report("b", true, true);
        e.report("c", true, false);
        assertNull(e.root().completed(), "all completed, one not satisfied: 'all' fails, 'none' fails");
        e.report("c", true, true);
        assertEquals(Boolean.TRUE, e.root().completed());
    }

    @Test
    void rollupConsiderationIfAttemptedLeavesUnattemptedChildrenOut() {
        String considered = seq("<adlseq:rollupConsiderations xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\" requiredForSatisfied=\"ifAttempted\""
                + " requiredForCompleted=\"ifAttempted\"/>");
        SequencingEngine e = manifest(leaf("a", "") + leaf("optional", considered) + FLOW);
        e.delivered("a");
        e.report("a", true, true);
        assertEquals(Boolean.TRUE, e.root().satisfied(), "the unattempted optional part does not count");
        assertEquals(Boolean.TRUE, e.root().completed());
        e.delivered("optional");
        e.report("optional", false, false);
        assertEquals(Boolean.FALSE, e.root().satisfied(), "once attempted it counts");
    }

    @Test
    void measureRollsUpByWeightAndSatisfiesByMeasure() {
        SequencingEngine e = manifest(leaf("quiz", seq("<imsss:rollupRules objectiveMeasureWeight=\"3\"/>"))
                + leaf("essay", "") + leaf("survey", seq("<imsss:rollupRules objectiveMeasureWeight=\"0\"/>"))
                + seq("<imsss:controlMode flow=\"true\"/><imsss:objectives><imsss:primaryObjective objectiveID=\"course\" satisfiedByMeasure=\"true\">"
                + "<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>"));
        e.report("quiz", true, null, 0.8);
        assertEquals(0.6, e.root().measure(), 1e-9, "quiz known (weight 3), essay unknown counts as 0 (weight 1)");
        assertEquals(Boolean.FALSE, e.root().satisfied());
        e.report("essay", true, null, 0.6);
        e.report("survey", true, null, -1.0);
        assertEquals(0.75, e.root().measure(), 1e-9, "(0.8*3 + 0.6*1) / 4; the survey weighs nothing");
        assertEquals(Boolean.TRUE, e.root().satisfied());
    }

    @Test
    void rollupObjectiveSatisfiedFalseAndUntrackedChildrenDoNotCount() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("info", seq("<imsss:deliveryControls tracked=\"false\"/>"))
                + leaf("practice", seq("<imsss:rollupRules rollupObjectiveSatisfied=\"false\" rollupProgressCompletion=\"false\"/>")) + FLOW);
        e.report("a", true, true);
        e.report("practice", false, false);
        assertEquals(Boolean.TRUE, e.root().satisfied());
        assertEquals(Boolean.TRUE, e.root().completed());
    }

    @Test
    void measureConditionsInSequencingRules() {
        String skipWhenHigh = seq("<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>"
                + "<imsss:ruleCondition condition=\"objectiveMeasureGreaterThan\" measureThreshold=\"0.5\"/></imsss:ruleConditions>"
                + "<imsss:ruleAction action=\"skip\"/></imsss:preConditionRule></imsss:sequencingRules>");
        SequencingEngine e = manifest(leaf("pre", skipWhenHigh) + leaf("lesson", "") + FLOW);
        assertEquals("pre", deliver(e.start()), "measure unknown: the rule does not fire");
        e.report("pre", true, null, 0.9);
        assertEquals("lesson", deliver(e.start()));
    }

    // ------------------------------------------------------------------ selection and randomisation

    static String randomised(String attrs) {
        return seq(CLUSTER_FLOW.replace("flow", "choice=\"true\" flow") + "<imsss:randomizationControls " + attrs + "/>");
    }

    static List<String> order(SequencingEngine e, String cluster) {
        return e.find(cluster).orElseThrow().availableChildren().stream().map(Activity::id).toList();
    }

    static final String FIVE = leaf("q1", "") + leaf("q2", "") + leaf("q3", "") + leaf("q4", "") + leaf("q5", "");

    @Test
    void selectCountPicksThatManyAndKeepsManifestOrder() {
        SequencingEngine e = manifest(cluster("bank", randomised("selectCount=\"2\" selectionTiming=\"once\""), FIVE) + FLOW).useRandom(new Random(7));
        assertTrue(e.arrange(Map.of()));
        List<String> picked = order(e, "bank");
        assertEquals(2, picked.size());
        assertEquals(picked.stream().sorted().toList(), picked, "selection alone does not reorder");
        String left = List.of("q1", "q2", "q3", "q4", "q5").stream().filter(q -> !picked.contains(q)).findFirst().orElseThrow();
        assertTrue(deliver(e.choice(left, null)).contains("not selected"));
        assertEquals(picked.get(0), deliver(e.start()));
        assertEquals(picked.get(1), deliver(e.navigate(CONTINUE, null, picked.get(0))));
        assertEquals(2, e.leaves().size());
    }

    @Test
    void reorderChildrenShufflesWithTheInjectedRandomAndTheStoredOrderComesBack() {
        String bank = cluster("bank", randomised("reorderChildren=\"true\" randomizationTiming=\"once\""), FIVE) + FLOW;
        SequencingEngine first = manifest(bank).useRandom(new Random(42));
        first.arrange(Map.of());
        List<String> shuffled = order(first, "bank");
        assertEquals(5, shuffled.size());
        SequencingEngine same = manifest(bank).useRandom(new Random(42));
        same.arrange(Map.of());
        assertEquals(shuffled, order(same, "bank"), "the same seed gives the same order");
        SequencingEngine resumed = manifest(bank).useRandom(new Random(1));
        assertFalse(resumed.arrange(first.arrangement()), "a stored order is kept, nothing new to store");
        assertEquals(shuffled, order(resumed, "bank"), "a resumed learner sees the order of their attempt");
        assertEquals(shuffled.get(0), deliver(resumed.start()));
        assertNotEquals(List.of("q1", "q2", "q3", "q4", "q5"), shuffled, "seed 42 does reorder five children");
    }

    @Test
    void onEachNewAttemptRearrangesWhenTheClusterIsRetriedButOnceDoesNot() {
        String retry = "<imsss:sequencingRules>" + rule("postConditionRule", unless("completed"), "retry") + "</imsss:sequencingRules>";
        String exitParent = post(when("always"), "exitParent");
        String quiz = "<item identifier=\"bank\"><title>bank</title>" + FIVE.replace("<title>q5</title>", "<title>q5</title>" + exitParent)
                .replaceAll("(<title>q[1-4]</title>)", "$1" + exitParent)
                + seq(CLUSTER_FLOW + retry + "<imsss:randomizationControls reorderChildren=\"true\" randomizationTiming=\"onEachNewAttempt\"/>")
                + "</item>";
        SequencingEngine e = manifest(quiz + FLOW).useRandom(new Random(3));
        e.arrange(Map.of());
        List<String> before = order(e, "bank");
        Activity first = e.begin(e.start());
        e.report(first.id(), true, false);
        SequencingEngine.Outcome o = e.navigate(CONTINUE, null, first.id());
        assertEquals("bank", o.retried().id());
        Activity again = e.begin(o);
        List<String> after = order(e, "bank");
        assertNotEquals(before, after, "a new attempt on the bank draws a new order");
        assertEquals(after.get(0), again.id(), "and the retry delivers the first of the new order");

        SequencingEngine once = manifest(quiz.replace("onEachNewAttempt", "once") + FLOW).useRandom(new Random(3));
        once.arrange(Map.of());
        List<String> kept = order(once, "bank");
        Activity f = once.begin(once.start());
        once.report(f.id(), true, false);
        once.begin(once.navigate(CONTINUE, null, f.id()));
        assertEquals(kept, order(once, "bank"), "'once' keeps the first order for good");
    }

    // ------------------------------------------------------------------ navigation requests

    @Test
    void jumpIgnoresChoiceControlButNotTheAttemptLimit() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", seq("<imsss:limitConditions attemptLimit=\"1\"/>")) + leaf("c", "")
                + seq("<imsss:controlMode choice=\"false\" flow=\"true\"/>"));
        assertTrue(deliver(e.navigate(CHOICE, "c", "a")).contains("does not allow choosing"));
        assertEquals("c", deliver(e.navigate(JUMP, "c", "a")));
        e.delivered("b");
        assertTrue(deliver(e.navigate(JUMP, "b", "c")).contains("used its 1 attempt"));
        assertTrue(deliver(e.navigate(JUMP, "nope", "c")).contains("SB.2.13-1"));
        assertTrue(deliver(e.navigate(JUMP, e.root().id(), "c")).contains("cluster"));
    }

    @Test
    void suspendAllThenResumeAllReturnsToTheSuspendedActivity() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "") + leaf("c", "") + FLOW);
        SequencingEngine.Outcome s = e.navigate(SUSPEND_ALL, null, "b");
        assertTrue(s.ended());
        assertTrue(deliver(e.navigate(RESUME_ALL, null, null)).contains("SB.2.6-2"), "nothing suspended yet");
        SequencingEngine next = manifest(leaf("a", "") + leaf("b", "") + leaf("c", "") + FLOW);
        next.restoreSuspended("b");
        assertEquals("b", deliver(next.navigate(RESUME_ALL, null, null)));
        assertEquals("b", deliver(next.navigate(START, null, null)), "the next launch resumes instead of starting over");
        next.begin(next.navigate(START, null, null));
        assertTrue(next.suspendedActivity().isEmpty(), "delivered: no longer suspended");
    }

    @Test
    void exitAllAbandonAndExitFromTheLastActivityEndTheSession() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", "") + FLOW);
        assertTrue(e.navigate(EXIT_ALL, null, "a").ended());
        assertTrue(e.navigate(ABANDON, null, "a").ended());
        assertTrue(e.navigate(SequencingEngine.Request.ABANDON_ALL, null, "a").ended());
        SequencingEngine.Outcome exit = e.navigate(EXIT, null, "a");
        assertTrue(exit.ended() && !exit.ok(), "exit without a rule: the learner picks what next");
        assertTrue(e.navigate(PREVIOUS, null, null).refused().contains("SB.2.8-1"));
    }

    @Test
    void requestValidAnswersComeFromTheEngine() {
        SequencingEngine e = manifest(leaf("a", "") + leaf("b", seq("<imsss:limitConditions attemptLimit=\"1\"/>"))
                + leaf("c", "") + seq("<imsss:controlMode choice=\"true\" flow=\"true\" forwardOnly=\"true\"/>"));
        e.delivered("b");
        Map<String, String> valid = e.requestValid("a");
        assertEquals("false", valid.get("continue"), "the next activity, b, has used its only attempt");
        assertEquals("false", valid.get("previous"), "forwardOnly");
        assertEquals("true", valid.get("choice.{target=c}"));
        assertEquals("false", valid.get("choice.{target=b}"), "attempt limit used");
        assertEquals("false", valid.get("jump.{target=b}"));
        assertEquals("true", valid.get("jump.{target=c}"));
    }

    @Test
    void navigationRequestValuesOfTheRuntime() {
        assertEquals(SequencingEngine.Request.SUSPEND_ALL, SequencingEngine.Request.of("suspendAll").orElseThrow());
        assertEquals(SequencingEngine.Request.ABANDON_ALL, SequencingEngine.Request.of("abandonAll").orElseThrow());
        assertTrue(SequencingEngine.Request.of("_none_").isEmpty());
    }
}
