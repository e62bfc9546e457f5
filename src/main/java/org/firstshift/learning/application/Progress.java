package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.domain.ActivityProgress;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.learning.domain.ProgressStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Progress of employees on activities. Activity types report here (a lesson when opened and when
 * its check is passed; later SCORM, role-play, exams); completions are announced as
 * {@link ActivityCompleted} for whoever listens (programs, motivation tiers), and every change of a
 * result (score or completion) as {@link ResultChanged}.
 */
@ApplicationScoped
public class Progress {

    static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ActivityCompleted> completed;

    @Inject
    Event<ResultChanged> resultChanged;

    @Inject
    Assignments assignments;

    public Optional<ActivityProgress> of(long employeeId, String typeKey, String ref) {
        return em.createNamedQuery("ActivityProgress.find", ActivityProgress.class)
                .setParameter("employeeId", employeeId).setParameter("typeKey", typeKey).setParameter("ref", ref)
                .getResultStream().findFirst();
    }

    public Map<String, ActivityProgress> allOf(long employeeId) {
        return em.createNamedQuery("ActivityProgress.ofEmployee", ActivityProgress.class)
                .setParameter("employeeId", employeeId).getResultStream()
                .collect(Collectors.toMap(p -> ProgramPlan.key(p.getTypeKey(), p.getRef()), Function.identity()));
    }

    /**
     * Progress of many employees at once, by employee and then "type:ref": one query per
     * {@value #BATCH} employees instead of one per employee, and below every database's limit of
     * bound parameters.
     */
    public Map<Long, Map<String, ActivityProgress>> allOf(Collection<Long> employeeIds) {
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(employeeIds));
        Map<Long, Map<String, ActivityProgress>> result = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createNamedQuery("ActivityProgress.ofEmployees", ActivityProgress.class)
                    .setParameter("employeeIds", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .getResultStream()
                    .forEach(p -> result.computeIfAbsent(p.getEmployeeId(), id -> new HashMap<>())
                            .put(ProgramPlan.key(p.getTypeKey(), p.getRef()), p));
        }
        return result;
    }

    public List<Long> completedBy(String typeKey, String ref) {
        return em.createNamedQuery("ActivityProgress.completedOf", ActivityProgress.class)
                .setParameter("typeKey", typeKey).setParameter("ref", ref).setParameter("status", ProgressStatus.COMPLETED)
                .getResultStream().map(ActivityProgress::getEmployeeId).toList();
    }

    /** The learner opened the activity: it is in progress from now (idempotent). */
    @Transactional
    public ActivityProgress started(long employeeId, String typeKey, String ref) {
        return of(employeeId, typeKey, ref).orElseGet(() -> {
            ActivityProgress p = new ActivityProgress(employeeId, typeKey, ref, clock.instant());
            em.persist(p);
            return p;
        });
    }

    /** Records an attempt with its score; a passed attempt completes the activity. */
    @Transactional
    public ActivityProgress attempted(long employeeId, String typeKey, String ref, int score, boolean passed) {
        ActivityProgress p = started(employeeId, typeKey, ref);
        boolean wasDone = p.isCompleted();
        Instant at = clock.instant();
        if (p.attempt(score, passed, at)) {
            resultChanged.fire(new ResultChanged(employeeId, typeKey, ref, p.getScore(), p.isCompleted(), at));
        }
        if (!wasDone && p.isCompleted()) {
            completed.fire(new ActivityCompleted(employeeId, typeKey, ref, p.getScore(), p.getCompletedAt()));
        } else if (wasDone && passed) {
            // Passed again (e.g. a lesson re-taken after a failed audit): no second ActivityCompleted,
            // but an open assignment of it is done now.
            assignments.passed(employeeId, typeKey, ref, clock.instant());
        }
        return p;
    }
}
