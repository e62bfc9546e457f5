package org.firstshift.people.api;

import java.time.LocalDate;
import java.util.List;

/** A new or changed employee as JSON; codes refer to positions, locations and pay grades. */
public record EmployeeInput(String personnelNumber, String fullName, String email, LocalDate hireDate,
                            String position, String location, String payGrade, String language,
                            String username, List<String> roles) {
}
