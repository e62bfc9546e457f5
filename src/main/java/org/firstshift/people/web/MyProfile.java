package org.firstshift.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/** The signed-in person's own profile (learner home): position, store, hire date, mentors, trainees. */
@Named
@RequestScoped
public class MyProfile {

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    Mentoring mentoring;

    private Employee employee;
    private boolean looked;

    public Employee getEmployee() {
        if (!looked) {
            employee = user.employeeId().flatMap(people::find).orElse(null);
            looked = true;
        }
        return employee;
    }

    public String getName() {
        return getEmployee() == null ? user.getUsername() : getEmployee().getFullName();
    }

    public long getDaysSinceHire() {
        return getEmployee() == null ? 0 : getEmployee().daysInRole(LocalDate.now());
    }

    public List<Employee> getMentors() {
        return getEmployee() == null ? List.of() : mentoring.mentorsOf(getEmployee().getId(), LocalDate.now());
    }

    /** Mentor home: trainees assigned today. */
    public List<Employee> getTrainees() {
        return getEmployee() == null ? List.of() : mentoring.traineesOf(getEmployee().getId(), LocalDate.now());
    }
}
