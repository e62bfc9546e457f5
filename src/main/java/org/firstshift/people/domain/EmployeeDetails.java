package org.firstshift.people.domain;

import java.time.LocalDate;

/** The editable facts about an employee, as one value (from a form, a CSV row, a YAML entry, SCIM). */
public record EmployeeDetails(String fullName, String email, LocalDate hireDate, Position position,
                              Location location, PayGrade payGrade, String language) {
}
