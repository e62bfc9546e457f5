package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.audits.domain.AuditAnswer;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.domain.Remediation;
import org.firstshift.learning.application.Assignments;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.notify.NoticeRequested;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After a visit is submitted: every failed line's rules find the lessons and scenarios that teach
 * them; each is assigned to the employee served, due {@value #DUE_DAYS} days later (an open
 * assignment of the same activity is kept, not duplicated), and the employee's mentors are
 * notified once per visit.
 */
@ApplicationScoped
public class Remediations {
    public static final int DUE_DAYS = 14;
    public static final String SOURCE = "audit";

    @PersistenceContext
    EntityManager em;

    @Inject
    Assignments assignments;

    @Inject
    Mentoring mentoring;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeRequested> notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Remediation> remediate(AuditVisit visit, RemediationCatalogue catalogue) {
        Map<RemediationCatalogue.Activity, Set<String>> rulesByActivity = new LinkedHashMap<>();
        for (AuditAnswer failed : visit.failedAnswers()) {
            for (String rule : failed.getRules()) {
                for (RemediationCatalogue.Activity a : catalogue.teaching(rule)) {
                    rulesByActivity.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(rule);
                }
            }
        }
        if (rulesByActivity.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(DUE_DAYS);
        List<Remediation> made = new ArrayList<>();
        rulesByActivity.forEach((activity, rules) -> {
            Remediation r = new Remediation(visit.getId(), visit.getEmployeeId(), activity.typeKey(), activity.ref(), List.copyOf(rules), due);
            em.persist(r);
            made.add(r);
            assignments.assign(visit.getEmployeeId(), activity.typeKey(), activity.ref(), due,
                    visit.getVisitDate() + " " + String.join(", ", rules), SOURCE);
        });
        Employee employee = people.get(visit.getEmployeeId());
        for (Employee mentor : mentoring.mentorsOf(visit.getEmployeeId(), today)) {
            notices.fire(new NoticeRequested(mentor.getId(), "audits", "notice.remediation",
                    List.of(employee.getFullName(), visit.getVisitDate().toString(), String.join(", ", visit.getFailedRules()),
                            String.valueOf(made.size())),
                    "/mentor/audits.xhtml?employee=" + visit.getEmployeeId(), "audit-remediation-" + visit.getId()));
            if (visit.getMentorNotified() == null) {
                visit.mentorNotified(mentor.getId());
            }
        }
        return made;
    }

    public List<Remediation> ofVisit(long visitId) {
        return em.createNamedQuery("Remediation.ofVisit", Remediation.class).setParameter("visitId", visitId).getResultList();
    }

    public List<Remediation> ofEmployee(long employeeId) {
        return em.createNamedQuery("Remediation.ofEmployee", Remediation.class).setParameter("employeeId", employeeId).getResultList();
    }
}
