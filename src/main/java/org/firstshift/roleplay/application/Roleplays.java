package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.application.Progress;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.roleplay.domain.Play;
import org.firstshift.roleplay.domain.RoleplayAttempt;
import org.firstshift.roleplay.domain.Scenario;
import org.firstshift.roleplay.domain.ScenarioGraph;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Playing role-plays: start an attempt, choose responses, read the attempt. An attempt belongs to
 * one employee; anyone else asking for it is told it does not exist. A finished attempt reports its
 * score to learning progress (passing at the scenario's pass mark completes the activity).
 */
@ApplicationScoped
public class Roleplays {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scenarios scenarios;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    @Inject
    Event<RoleplayFinished> finishedEvent;

    /** What the trainee sees after a start or a choice. */
    public record Turn(RoleplayAttempt attempt, ScenarioGraph graph, Play.Stop stop, String chosenResponse) {
    }

    @Transactional
    public Turn start(long employeeId, String scenarioCode) {
        Scenario s = scenarios.get(scenarioCode);
        ScenarioGraph graph = scenarios.graph(s);
        RoleplayAttempt attempt = new RoleplayAttempt(employeeId, graph, s.getRevision(), clock.instant());
        em.persist(attempt);
        progress.started(employeeId, RoleplayActivity.KEY, scenarioCode);
        return new Turn(attempt, graph, attempt.settle(graph, clock.instant()), null);
    }

    @Transactional
    public Turn choose(long employeeId, long attemptId, String responseId) {
        RoleplayAttempt attempt = own(employeeId, attemptId);
        ScenarioGraph graph = graphOf(attempt);
        Play.Stop stop;
        try {
            stop = attempt.choose(graph, responseId, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("responseId", e.getMessage());
        }
        if (attempt.isFinished()) {
            Scenario s = scenarios.get(attempt.getScenarioCode());
            progress.attempted(employeeId, RoleplayActivity.KEY, s.getCode(), attempt.percent(), attempt.passed(s.getPassMark()));
            finished(attempt, s);
        }
        return new Turn(attempt, graph, stop, responseId);
    }

    /** The trainee's own words at a free-text node, kept for their mentor to review. */
    @Transactional
    public Turn answer(long employeeId, long attemptId, String text) {
        RoleplayAttempt attempt = own(employeeId, attemptId);
        ScenarioGraph graph = graphOf(attempt);
        var node = graph.node(attempt.getCurrentNode()).orElseThrow();
        Play.Stop stop;
        try {
            stop = attempt.answer(graph, text, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("text", e.getMessage());
        }
        em.persist(new org.firstshift.roleplay.domain.FreeTextAnswer(attempt.getId(), employeeId, attempt.getScenarioCode(), node, text,
                clock.instant()));
        if (attempt.isFinished()) {
            Scenario s = scenarios.get(attempt.getScenarioCode());
            progress.attempted(employeeId, RoleplayActivity.KEY, s.getCode(), attempt.percent(), attempt.passed(s.getPassMark()));
            finished(attempt, s);
        }
        return new Turn(attempt, graph, stop, null);
    }

    private void finished(RoleplayAttempt attempt, Scenario s) {
        em.flush(); // the choice records get their ids and the attempt its id before anyone reads them
        finishedEvent.fire(new RoleplayFinished(attempt.getEmployeeId(), s.getCode(), s.getTitleEn(), attempt.getId(),
                attempt.getScore(), attempt.getMaxScore(), attempt.percent(), s.getPassMark(), attempt.passed(s.getPassMark()),
                attempt.getStartedAt(), attempt.getFinishedAt() == null ? clock.instant() : attempt.getFinishedAt(),
                attempt.getChoices().stream().map(c -> new RoleplayFinished.Choice(c.getSeq(), c.getNodeCode(), c.getResponseCode(),
                        c.getScoreDelta(), c.getHonours(), c.getBreaks(), c.getChosenAt())).toList()));
    }

    public Turn current(long employeeId, long attemptId) {
        RoleplayAttempt attempt = own(employeeId, attemptId);
        ScenarioGraph graph = graphOf(attempt);
        return new Turn(attempt, graph, Play.advance(graph, attempt.getCurrentNode(), attempt.getScore(), attempt.chosenResponses()), null);
    }

    /** The graph of the revision the attempt was started on; a later edit never changes a running attempt. */
    ScenarioGraph graphOf(RoleplayAttempt attempt) {
        Scenario s = scenarios.get(attempt.getScenarioCode());
        if (s.getRevision() != attempt.getScenarioVersion()) {
            throw new InvalidInputException("attempt", "the scenario was changed since this attempt started; start it again");
        }
        return scenarios.graph(s);
    }

    RoleplayAttempt own(long employeeId, long attemptId) {
        RoleplayAttempt a = em.find(RoleplayAttempt.class, attemptId);
        if (a == null || a.getEmployeeId() != employeeId) {
            throw new NotFoundException("no role-play attempt " + attemptId);
        }
        return a;
    }

    public List<RoleplayAttempt> attemptsOf(long employeeId, String scenarioCode) {
        return em.createNamedQuery("RoleplayAttempt.of", RoleplayAttempt.class)
                .setParameter("employeeId", employeeId).setParameter("scenario", scenarioCode).getResultList();
    }

    /** Best and last finished score of one employee on one scenario. */
    public record Record(Optional<Integer> best, Optional<Integer> last, int attempts) {
    }

    public Record recordOf(long employeeId, String scenarioCode) {
        List<RoleplayAttempt> finished = attemptsOf(employeeId, scenarioCode).stream().filter(RoleplayAttempt::isFinished).toList();
        return new Record(finished.stream().map(RoleplayAttempt::percent).max(Integer::compare),
                finished.stream().findFirst().map(RoleplayAttempt::percent), finished.size());
    }
}
