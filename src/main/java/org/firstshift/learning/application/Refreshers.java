package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.learning.domain.Program;
import org.firstshift.learning.domain.Refresher;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.standards.application.StandardPublished;
import org.firstshift.standards.domain.StandardDiff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a standard changes, people who already completed a lesson on the old rules get a short
 * refresher covering only that lesson's added or changed rules, due in {@value #DAYS_TO_REFRESH}
 * days. Nobody else is touched and no progress is reset.
 */
@ApplicationScoped
public class Refreshers {
    static final int DAYS_TO_REFRESH = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    Courses courses;

    @Inject
    Programs programs;

    @Inject
    Progress progress;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Who and what a change touches, for the author's confirmation page and for assignment. */
    public record Impact(List<Affected> lessons, List<Program> programs, Set<Long> employeesToRefresh) {
    }

    public record Affected(Lesson lesson, List<String> changedRules) {
    }

    public Impact impactOf(StandardDiff diff) {
        List<Affected> lessons = new ArrayList<>();
        Set<Long> employees = new LinkedHashSet<>();
        Set<Program> touched = new LinkedHashSet<>();
        for (Lesson lesson : allLessons()) {
            List<String> changed = diff.toRelearn().stream().filter(lesson::teaches).toList();
            if (!changed.isEmpty()) {
                lessons.add(new Affected(lesson, changed));
                employees.addAll(progress.completedBy(LessonActivity.KEY, lesson.getCode()));
                touched.addAll(programs.containing(LessonActivity.KEY, lesson.getCode()));
            }
        }
        return new Impact(lessons, List.copyOf(touched), employees);
    }

    private List<Lesson> allLessons() {
        return em.createNamedQuery("Lesson.all", Lesson.class).getResultList();
    }

    void onPublished(@Observes StandardPublished published) {
        if (published.isFirst()) {
            return; // nobody can have learned an earlier version
        }
        assign(published);
    }

    @Transactional
    public int assign(StandardPublished published) {
        int count = 0;
        LocalDate due = LocalDate.now(clock).plusDays(DAYS_TO_REFRESH);
        for (Affected affected : impactOf(published.diff()).lessons()) {
            for (long employeeId : progress.completedBy(LessonActivity.KEY, affected.lesson().getCode())) {
                boolean exists = !em.createNamedQuery("Refresher.find", Refresher.class)
                        .setParameter("employeeId", employeeId).setParameter("standard", published.standardCode())
                        .setParameter("version", published.version()).setParameter("lesson", affected.lesson().getCode())
                        .getResultList().isEmpty();
                if (!exists) {
                    em.persist(new Refresher(employeeId, published.standardCode(), published.version(),
                            affected.lesson().getCode(), affected.changedRules(), clock.instant(), due));
                    count++;
                }
            }
        }
        if (count > 0) {
            audit.record("Refresher", published.standardCode() + " v" + published.version(), AuditAction.CREATED,
                    "Assigned " + count + " refresher(s) after " + published.standardCode() + " version " + published.version(),
                    null, null);
        }
        return count;
    }

    public Refresher get(long id) {
        Refresher r = em.find(Refresher.class, id);
        if (r == null) {
            throw new NotFoundException("no refresher " + id);
        }
        return r;
    }

    /** The learner confirms they read the changed rules; only their own refresher. */
    @Transactional
    public void complete(long refresherId, long employeeId) {
        Refresher r = get(refresherId);
        if (r.getEmployeeId() != employeeId) {
            throw new NotFoundException("no refresher " + refresherId);
        }
        r.complete(clock.instant());
    }
}
