package org.firstshift.roleplay.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One play-through of a scenario version by one employee. Only a response offered at the current
 * node can be chosen; the attempt keeps the running score and every choice, and finishes at an end.
 */
@Entity
@Table(name = "roleplay_attempt")
@NamedQuery(name = "RoleplayAttempt.of", query = "SELECT a FROM RoleplayAttempt a WHERE a.employeeId = :employeeId "
        + "AND a.scenarioCode = :scenario ORDER BY a.startedAt DESC, a.id DESC")
@NamedQuery(name = "RoleplayAttempt.finishedOfScenario", query = "SELECT a FROM RoleplayAttempt a WHERE a.scenarioCode = :scenario "
        + "AND a.finishedAt IS NOT NULL")
@NamedQuery(name = "RoleplayAttempt.finished", query = "SELECT a FROM RoleplayAttempt a WHERE a.finishedAt IS NOT NULL")
public class RoleplayAttempt extends Identified {
    /** How a free-text answer appears among the choices. */
    public static final String FREE_TEXT_RESPONSE = "free-text";
    public static final int MAX_ANSWER = 2000;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "scenario_code", nullable = false)
    private String scenarioCode;

    @Column(name = "scenario_version", nullable = false)
    private int scenarioVersion;

    @Column(name = "current_node", nullable = false)
    private String currentNode;

    @Column(nullable = false)
    private int score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("seq")
    private List<ChoiceRecord> choices = new ArrayList<>();

    protected RoleplayAttempt() {
    }

    public RoleplayAttempt(long employeeId, ScenarioGraph graph, int scenarioVersion, Instant at) {
        this.employeeId = employeeId;
        this.scenarioCode = graph.id();
        this.scenarioVersion = scenarioVersion;
        this.maxScore = Math.max(1, graph.maxScore());
        this.startedAt = at;
        this.currentNode = graph.start(); // the caller settles it, to show the opening customer lines
    }

    /** Follows customer lines and branches from the current node; finishes at an end. */
    public Play.Stop settle(ScenarioGraph graph, Instant at) {
        Play.Stop stop = Play.advance(graph, currentNode, score, chosenResponses());
        currentNode = stop.node().id();
        if (stop.isEnd() && finishedAt == null) {
            outcome = stop.node().outcome();
            finishedAt = at;
        }
        return stop;
    }

    /** Records the trainee's choice; refuses one that is not offered here or after the end. */
    public Play.Stop choose(ScenarioGraph graph, String responseId, Instant at) {
        if (isFinished()) {
            throw new IllegalStateException("this role-play has ended; start it again to replay");
        }
        Node here = graph.node(currentNode).orElseThrow();
        Response response = here.response(responseId).orElseThrow(
                () -> new IllegalArgumentException("response '" + responseId + "' is not offered at this point of the dialogue"));
        choices.add(new ChoiceRecord(this, choices.size() + 1, here.id(), response, at));
        score += response.score();
        currentNode = response.next();
        return settle(graph, at);
    }

    /** Records the trainee's own words at a free-text node; not scored now, the mentor rates it later. */
    public Play.Stop answer(ScenarioGraph graph, String text, Instant at) {
        if (isFinished()) {
            throw new IllegalStateException("this role-play has ended; start it again to replay");
        }
        Node here = graph.node(currentNode).orElseThrow();
        if (here.type() != NodeType.FREE_TEXT) {
            throw new IllegalArgumentException("this point of the dialogue asks for a choice, not your own words");
        }
        if (text == null || text.isBlank() || text.length() > MAX_ANSWER) {
            throw new IllegalArgumentException("write an answer of 1 to " + MAX_ANSWER + " characters");
        }
        choices.add(new ChoiceRecord(this, choices.size() + 1, here.id(),
                new Response(FREE_TEXT_RESPONSE, null, null, List.of(), List.of(), 0, here.next()), at));
        currentNode = here.next();
        return settle(graph, at);
    }

    public Set<String> chosenResponses() {
        Set<String> ids = new LinkedHashSet<>();
        choices.forEach(c -> ids.add(c.getResponseCode()));
        return ids;
    }

    /** Score as a share of the best achievable, 0-100 (negative totals count as 0). */
    public int percent() {
        return Math.max(0, Math.min(100, (int) Math.round(100.0 * score / maxScore)));
    }

    public boolean passed(int passMark) {
        return isFinished() && percent() >= passMark;
    }

    public Set<String> rulesHonoured() {
        Set<String> rules = new TreeSet<>();
        choices.forEach(c -> rules.addAll(c.getHonours()));
        return rules;
    }

    /** Rules broken by at least one choice. */
    public Set<String> rulesMissed() {
        Set<String> rules = new TreeSet<>();
        choices.forEach(c -> rules.addAll(c.getBreaks()));
        return rules;
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public long getEmployeeId() { return employeeId; }
    public String getScenarioCode() { return scenarioCode; }
    public int getScenarioVersion() { return scenarioVersion; }
    public String getCurrentNode() { return currentNode; }
    public int getScore() { return score; }
    public int getMaxScore() { return maxScore; }
    public Outcome getOutcome() { return outcome; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public List<ChoiceRecord> getChoices() { return List.copyOf(choices); }
}
