package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.roleplay.domain.FreeTextAnswer;
import org.firstshift.roleplay.domain.RoleplayAttempt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Mentors review their trainees' free-text role-play answers against the listed rules, and see
 * which objections each trainee still struggles with. Only the trainee's current mentor reviews.
 */
@ApplicationScoped
public class MentorReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mentoring mentoring;

    @Inject
    Scenarios scenarios;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<FreeTextAnswer> pendingFor(long mentorId) {
        List<Long> trainees = mentoring.traineesOf(mentorId, LocalDate.now(clock)).stream().map(Employee::getId).toList();
        if (trainees.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("FreeTextAnswer.pendingOf", FreeTextAnswer.class).setParameter("trainees", trainees).getResultList();
    }

    @Transactional
    public FreeTextAnswer review(long mentorId, long answerId, Set<String> kept, String comment) {
        FreeTextAnswer answer = em.find(FreeTextAnswer.class, answerId);
        if (answer == null || !mentoring.mentors(mentorId, answer.getEmployeeId(), LocalDate.now(clock))) {
            throw new NotFoundException("no answer " + answerId + " of a trainee of yours");
        }
        try {
            answer.review(mentorId, kept, comment, clock.instant());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("kept", e.getMessage());
        }
        audit.record("RoleplayReview", answerId, AuditAction.APPROVED, "Reviewed a role-play answer: kept " + answer.getKept()
                + ", missed " + answer.getMissed(), null, Map.of("kept", answer.getKept(), "missed", answer.getMissed()));
        return answer;
    }

    /** Per objection type, a trainee's average score over finished attempts (worst first). */
    public Map<String, Integer> struggles(long traineeId) {
        Map<String, String> objectionOf = scenarios.all().stream()
                .collect(Collectors.toMap(s -> s.getCode(), s -> s.getObjection()));
        Map<String, List<Integer>> scores = new TreeMap<>();
        em.createQuery("SELECT a FROM RoleplayAttempt a WHERE a.employeeId = :id AND a.finishedAt IS NOT NULL", RoleplayAttempt.class)
                .setParameter("id", traineeId).getResultList()
                .forEach(a -> scores.computeIfAbsent(objectionOf.getOrDefault(a.getScenarioCode(), "other"), k -> new java.util.ArrayList<>())
                        .add(a.percent()));
        Map<String, Integer> averages = new java.util.LinkedHashMap<>();
        scores.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> e.getValue().stream().mapToInt(Integer::intValue).average().orElse(0)))
                .forEach(e -> averages.put(e.getKey(), (int) Math.round(e.getValue().stream().mapToInt(Integer::intValue).average().orElse(0))));
        return averages;
    }
}
