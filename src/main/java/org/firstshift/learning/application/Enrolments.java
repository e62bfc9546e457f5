package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.learning.domain.Enrolment;
import org.firstshift.learning.domain.Program;
import org.firstshift.people.application.EmployeeChanged;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assigns programs by audience: an active employee whose position and location match a published
 * program is enrolled; one who no longer matches (moved, deactivated) has the enrolment
 * deactivated, keeping progress. Runs when an employee changes and when programs change.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Programs programs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void onEmployeeChanged(@Observes EmployeeChanged change) {
        evaluate(change.employeeId());
    }

    public List<Enrolment> of(long employeeId) {
        return em.createNamedQuery("Enrolment.ofEmployee", Enrolment.class).setParameter("employeeId", employeeId).getResultList();
    }

    public List<Program> activeProgramsOf(long employeeId) {
        return of(employeeId).stream().filter(Enrolment::isActive).map(Enrolment::getProgram).toList();
    }

    /** Every active enrolment in the company in one query, for company-wide views such as HR's reports. */
    public List<Enrolment> allActive() {
        return em.createNamedQuery("Enrolment.allActive", Enrolment.class).setParameter("active", true).getResultList();
    }

    @Transactional
    public void evaluate(long employeeId) {
        Optional<Employee> found = people.find(employeeId);
        if (found.isEmpty()) {
            return;
        }
        evaluate(found.get(), programs.all());
    }

    @Transactional
    public void evaluateAll() {
        List<Program> all = programs.all();
        people.search(new EmployeeQuery(null, null, null, true, 0, Integer.MAX_VALUE)).forEach(e -> evaluate(e, all));
    }

    private void evaluate(Employee e, List<Program> all) {
        Map<String, Enrolment> current = of(e.getId()).stream()
                .collect(Collectors.toMap(en -> en.getProgram().getCode(), Function.identity()));
        for (Program p : all) {
            boolean belongs = e.isActive() && p.isFor(e.getPosition().getCode(), e.getLocation().getCode());
            Enrolment existing = current.get(p.getCode());
            if (belongs && existing == null) {
                em.persist(new Enrolment(e.getId(), p, clock.instant(), "audience: " + e.getPosition().getCode()
                        + " at " + e.getLocation().getCode()));
                audit.record("Enrolment", e.getId(), AuditAction.CREATED, e.getFullName() + " enrolled in " + p.getCode(), null, null);
            } else if (belongs && !existing.isActive()) {
                existing.reactivate("back in the audience");
                audit.record("Enrolment", e.getId(), AuditAction.UPDATED, e.getFullName() + " re-enrolled in " + p.getCode(), null, null);
            } else if (!belongs && existing != null && existing.isActive()) {
                existing.deactivate(e.isActive() ? "no longer in the audience" : "employee deactivated");
                audit.record("Enrolment", e.getId(), AuditAction.DEACTIVATED, e.getFullName() + " left " + p.getCode(), null, null);
            }
        }
    }
}
