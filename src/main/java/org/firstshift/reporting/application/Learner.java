package org.firstshift.reporting.application;

import org.firstshift.people.domain.Employee;

import java.time.LocalDate;

/** The facts about an employee the learning report needs, copied from the people module. */
public record Learner(long employeeId, String personnelNumber, String name, LocalDate hireDate, Labelled store,
                      Labelled position) {

    public static Learner of(Employee e) {
        return new Learner(e.getId(), e.getPersonnelNumber(), e.getFullName(), e.getHireDate(),
                new Labelled(e.getLocation().getCode(), e.getLocation().getName()),
                new Labelled(e.getPosition().getCode(), e.getPosition().getName()));
    }
}
