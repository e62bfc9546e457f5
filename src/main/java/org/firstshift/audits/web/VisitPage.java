package org.firstshift.audits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.audits.application.Checklists;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.application.Visits;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.Location;
import org.firstshift.platform.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The auditor's phone page for one visit. The page is rendered here; recording, autosave, the
 * offline copy and submitting are done by {@code audit-visit.js} through the audits API.
 */
@Named
@RequestScoped
public class VisitPage {

    @Inject
    Checklists checklists;

    @Inject
    Organisation organisation;

    @Inject
    People people;

    @Inject
    Visits visits;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private AuditChecklist checklist;
    private boolean looked;

    public AuditChecklist getChecklist() {
        if (!looked) {
            looked = true;
            checklist = checklists.published().stream().findFirst().orElse(null);
        }
        return checklist;
    }

    public List<Location> getStores() {
        return organisation.locations();
    }

    /** Active employees, by store then name, to pick the one served. */
    public List<Employee> getEmployees() {
        return people.search(new EmployeeQuery(null, null, null, false, 0, 2000)).stream()
                .sorted(java.util.Comparator.comparing((Employee e) -> e.getLocation().getCode()).thenComparing(Employee::getFullName))
                .toList();
    }

    public String getToday() {
        return LocalDate.now(clock).toString();
    }

    public List<AuditVisit> getRecent() {
        return visits.submittedBy(user.getUsername(), 10);
    }

    public String rules(org.firstshift.audits.domain.ChecklistLine line) {
        return String.join(", ", line.getRules());
    }

    public String employeeName(long id) {
        return people.find(id).map(Employee::getFullName).orElse("#" + id);
    }
}
