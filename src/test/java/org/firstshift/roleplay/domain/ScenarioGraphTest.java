package org.firstshift.roleplay.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioGraphTest {
    static final LocalizedText T = new LocalizedText("text", "текст");
    static final Set<String> RULES = Set.of("OBJECT-01", "OBJECT-02", "FORBID-06");

    static Node customer(String id, String next) {
        return new Node(id, NodeType.CUSTOMER, T, null, next, null, null, null, null, null, null);
    }

    static Response response(String id, int score, String next, List<String> honours, List<String> breaks) {
        return new Response(id, T, T, honours, breaks, score, next);
    }

    static Node choice(String id, Response... responses) {
        return new Node(id, NodeType.CHOICE, null, T, null, List.of(responses), null, null, null, null, null);
    }

    static Node end(String id, Outcome outcome) {
        return new Node(id, NodeType.END, T, null, null, null, null, outcome, T, null, null);
    }

    static ScenarioGraph graph(Set<String> loops, Node... nodes) {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Node n : nodes) {
            map.put(n.id(), n);
        }
        return new ScenarioGraph("RP-TEST", T, "price", T, 70, nodes[0].id(), map, loops);
    }

    /** n1 customer -> n2 choice (good +10 -> n3 branch on score; bad -5 -> lost) -> sale or lost. */
    static ScenarioGraph priceTalk() {
        return graph(Set.of(),
                customer("n1", "n2"),
                choice("n2", response("good", 10, "n3", List.of("OBJECT-01"), List.of()),
                        response("bad", -5, "lost", List.of(), List.of("FORBID-06"))),
                new Node("n3", NodeType.BRANCH, null, null, null, null,
                        List.of(new Branch(10, null, "n4"), new Branch(null, null, "lost")), null, null, null, null),
                choice("n4", response("close", 10, "sale", List.of("OBJECT-02"), List.of()),
                        response("push", -10, "lost", List.of(), List.of("OBJECT-02"))),
                end("sale", Outcome.SALE), end("lost", Outcome.LEFT));
    }

    @Test
    void aWellFormedScenarioHasNoProblemsAndKnowsItsBestScore() {
        ScenarioGraph g = priceTalk();
        assertEquals(List.of(), g.problems(RULES::contains));
        assertEquals(20, g.maxScore());
        assertEquals(Set.of("OBJECT-01", "OBJECT-02", "FORBID-06"), g.ruleIds());
    }

    @Test
    void deadEndsUnreachableNodesMissingTargetsAndUnknownRulesAreReported() {
        ScenarioGraph g = graph(Set.of(), customer("n1", "n2"),
                choice("n2", response("a", 1, "nowhere", List.of("OBJECT-01"), List.of()), response("b", 1, "e", List.of(), List.of("GREET-99"))),
                end("e", Outcome.SALE), customer("island", null));
        List<String> problems = g.problems(RULES::contains);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'island'") && p.contains("dead end")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'nowhere', which does not exist")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown rule 'GREET-99'")), problems.toString());
    }

    @Test
    void unreachableNodesAreRefused() {
        ScenarioGraph g = graph(Set.of(), customer("n1", "n2"),
                choice("n2", response("a", 1, "e", List.of("OBJECT-01"), List.of()), response("b", 1, "e", List.of("OBJECT-01"), List.of())),
                end("e", Outcome.SALE), end("orphan", Outcome.LEFT));
        assertTrue(g.problems(RULES::contains).stream().anyMatch(p -> p.contains("'orphan' cannot be reached")));
    }

    @Test
    void cyclesAreRefusedUnlessTheyPassAnAllowedLoopNode() {
        Node[] nodes = {customer("n1", "n2"),
                choice("n2", response("again", 0, "n1", List.of("OBJECT-01"), List.of()), response("done", 5, "e", List.of("OBJECT-01"), List.of())),
                end("e", Outcome.SATISFIED)};
        assertTrue(graph(Set.of(), nodes).problems(RULES::contains).stream().anyMatch(p -> p.startsWith("cycle n1 -> n2 -> n1")));
        assertEquals(List.of(), graph(Set.of("n2"), nodes).problems(RULES::contains), "declared loop point");
    }

    @Test
    void aPathThatCanNeverEndIsRefused() {
        ScenarioGraph g = graph(Set.of("n2"), customer("n1", "n2"),
                choice("n2", response("a", 0, "n1", List.of("OBJECT-01"), List.of()), response("b", 0, "n1", List.of("OBJECT-01"), List.of())));
        assertTrue(g.problems(RULES::contains).stream().anyMatch(p -> p.contains("no path reaches an end")));
    }

    @Test
    void aChoiceNeedsTwoToFourResponsesEachTiedToARule() {
        ScenarioGraph g = graph(Set.of(), choice("n1", response("only", 1, "e", List.of(), List.of())), end("e", Outcome.SALE));
        List<String> problems = g.problems(RULES::contains);
        assertTrue(problems.stream().anyMatch(p -> p.contains("1 responses (2 to 4 allowed)")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("names no rule")));
    }

    @Test
    void playingFollowsCustomerLinesAndBranchesOnTheRunningScore() {
        ScenarioGraph g = priceTalk();
        RoleplayAttempt good = new RoleplayAttempt(7, g, 1, Instant.now());
        Play.Stop first = good.settle(g, Instant.now());
        assertEquals("n2", first.node().id());
        assertEquals(1, first.customerLines().size());
        Play.Stop afterGood = good.choose(g, "good", Instant.now());
        assertEquals("n4", afterGood.node().id(), "score 10 takes the branch to the closing choice");
        good.choose(g, "close", Instant.now());
        assertTrue(good.isFinished());
        assertEquals(Outcome.SALE, good.getOutcome());
        assertEquals(100, good.percent());
        assertTrue(good.passed(70));
        assertEquals(Set.of("OBJECT-01", "OBJECT-02"), good.rulesHonoured());

        RoleplayAttempt bad = new RoleplayAttempt(7, g, 1, Instant.now());
        bad.settle(g, Instant.now());
        bad.choose(g, "bad", Instant.now());
        assertTrue(bad.isFinished());
        assertEquals(Outcome.LEFT, bad.getOutcome());
        assertEquals(0, bad.percent(), "negative totals count as zero");
        assertFalse(bad.passed(70));
        assertEquals(Set.of("FORBID-06"), bad.rulesMissed());
    }

    @Test
    void onlyAResponseOfferedHereCanBeChosenAndNothingAfterTheEnd() {
        ScenarioGraph g = priceTalk();
        RoleplayAttempt a = new RoleplayAttempt(7, g, 1, Instant.now());
        a.settle(g, Instant.now());
        var e = assertThrows(IllegalArgumentException.class, () -> a.choose(g, "close", Instant.now()));
        assertTrue(e.getMessage().contains("not offered"));
        a.choose(g, "bad", Instant.now());
        assertThrows(IllegalStateException.class, () -> a.choose(g, "good", Instant.now()));
    }

    @Test
    void aBranchCanDependOnAnEarlierChoice() {
        Branch b = new Branch(null, "r3", "x");
        assertTrue(b.matches(0, Set.of("r1", "r3")));
        assertFalse(b.matches(100, Set.of("r1")));
        assertFalse(new Branch(5, null, "x").matches(4, Set.of()));
    }

    @Test
    void aFreeTextAnswerWaitsForTheMentorWhoRatesOnlyTheListedRules() {
        Node ask = new Node("t1", NodeType.FREE_TEXT, null, T, "e", null, null, null, null, null, List.of("OBJECT-01", "OBJECT-02"));
        ScenarioGraph g = graph(Set.of(), customer("n1", "t1"), ask, end("e", Outcome.SATISFIED));
        assertEquals(List.of(), g.problems(RULES::contains));
        RoleplayAttempt a = new RoleplayAttempt(7, g, 1, Instant.now());
        assertEquals(NodeType.FREE_TEXT, a.settle(g, Instant.now()).node().type());
        assertThrows(IllegalArgumentException.class, () -> a.choose(g, "r1", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> a.answer(g, " ", Instant.now()));
        a.answer(g, "I will find out and come back", Instant.now());
        assertTrue(a.isFinished());

        FreeTextAnswer answer = new FreeTextAnswer(1, 7, "RP-TEST", ask, "I will find out and come back", Instant.now());
        assertThrows(IllegalArgumentException.class, () -> answer.review(9, Set.of("GREET-01"), null, Instant.now()));
        answer.review(9, Set.of("OBJECT-02"), "good", Instant.now());
        assertEquals(List.of("OBJECT-02"), answer.getKept());
        assertEquals(List.of("OBJECT-01"), answer.getMissed());
        assertThrows(IllegalStateException.class, () -> answer.review(9, Set.of(), null, Instant.now()));
    }

    @Test
    void aFreeTextNodeMustNameKnownRules() {
        Node ask = new Node("t1", NodeType.FREE_TEXT, null, T, "e", null, null, null, null, null, List.of("GREET-99"));
        assertTrue(graph(Set.of(), ask, end("e", Outcome.SALE)).problems(RULES::contains).stream()
                .anyMatch(p -> p.contains("unknown rule 'GREET-99'")));
    }
}
