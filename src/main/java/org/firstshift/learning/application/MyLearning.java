package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.learning.domain.Refresher;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one learner sees: their programs' plans, their refreshers, and the one next step. */
@ApplicationScoped
public class MyLearning {

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    Progress progress;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Overview(Employee employee, List<ProgramPlan> plans, List<Refresher> openRefreshers, LocalDate today) {
        /** An open refresher comes first; then the earliest-due available activity of any program. */
        public Optional<NextStep> next() {
            Optional<Refresher> refresher = openRefreshers.stream().min(Comparator.comparing(Refresher::getDueOn));
            if (refresher.isPresent()) {
                return Optional.of(new NextStep(null, null, refresher.get()));
            }
            return plans.stream().flatMap(p -> p.nextStep().map(s -> new NextStep(p, s, null)).stream())
                    .min(Comparator.comparing(n -> n.step().dueOn()));
        }

        public int percentDone() {
            int total = plans.stream().mapToInt(p -> p.steps().size()).sum();
            long done = plans.stream().mapToLong(p -> p.steps().stream().filter(ProgramPlan.Step::isDone).count()).sum();
            return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        }
    }

    /** Either a program step or a refresher. */
    public record NextStep(ProgramPlan plan, ProgramPlan.Step step, Refresher refresher) {
        public boolean isRefresher() {
            return refresher != null;
        }
    }

    public Overview of(long employeeId) {
        Employee e = people.get(employeeId);
        LocalDate today = LocalDate.now(clock);
        var done = progress.allOf(employeeId);
        List<ProgramPlan> plans = enrolments.activeProgramsOf(employeeId).stream()
                .map(p -> ProgramPlan.of(p, done, e.getHireDate(), today)).toList();
        return new Overview(e, plans, refreshersOf(employeeId).stream().filter(r -> !r.isCompleted()).toList(), today);
    }

    public List<Refresher> refreshersOf(long employeeId) {
        return em.createNamedQuery("Refresher.ofEmployee", Refresher.class).setParameter("employeeId", employeeId).getResultList();
    }
}
