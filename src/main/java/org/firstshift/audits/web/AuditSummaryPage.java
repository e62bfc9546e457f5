package org.firstshift.audits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.audits.application.AuditAccess;
import org.firstshift.audits.application.AuditScores;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.Pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One employee's audit results on a page: the learner's own (card on the home page, auditor
 * hidden), a mentor's trainee, or anyone for HR ({@code ?employee=id}; 404 when the reader may
 * not see that employee, so nobody learns whether there is anything to see).
 */
@Named
@RequestScoped
public class AuditSummaryPage {

    @Inject
    CurrentUser user;

    @Inject
    AuditAccess access;

    @Inject
    AuditScores scores;

    @Inject
    People people;

    @Inject
    Mentoring mentoring;

    @Inject
    LanguageChoice language;

    @Inject
    Clock clock;

    private Long employeeId;
    private AuditScores.EmployeeSummary summary;
    private boolean loaded;

    /** The signed-in employee's own results (null when they have none or are no employee). */
    public AuditScores.EmployeeSummary getMine() {
        if (!loaded) {
            loaded = true;
            summary = user.employeeId().map(id -> scores.ofEmployee(id, false, language.getLocale())).orElse(null);
        }
        return summary;
    }

    /** {@code f:viewAction} of the mentor and HR pages. */
    public void open() {
        if (employeeId == null) {
            return;
        }
        if (people.find(employeeId).isEmpty() || !access.mayRead(user, employeeId)) {
            Pages.notFound();
            return;
        }
        loaded = true;
        summary = scores.ofEmployee(employeeId, access.readsAll(user), language.getLocale());
    }

    public AuditScores.EmployeeSummary getSummary() {
        return loaded ? summary : null;
    }

    public String getEmployeeName() {
        return employeeId == null ? "" : people.find(employeeId).map(Employee::getFullName).orElse("");
    }

    /** A mentor's current trainees, to choose from. */
    public List<Employee> getTrainees() {
        return user.employeeId().map(me -> mentoring.traineesOf(me, LocalDate.now(clock))).orElse(List.of());
    }

    public String percent(Double value) {
        return value == null ? "–" : String.format(language.getLocale(), "%.1f%%", value);
    }

    public Long getEmployeeId() { return employeeId; }
    public void setEmployeeId(Long employeeId) { this.employeeId = employeeId; }
}
