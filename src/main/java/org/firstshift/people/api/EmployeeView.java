package org.firstshift.people.api;

import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.Account;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** An employee as the API shows it; names of position and store in the caller's language. */
public record EmployeeView(long id, String personnelNumber, String fullName, String email, LocalDate hireDate,
                           String position, String positionName, String location, String locationName,
                           String payGrade, String language, boolean active, String username, Set<String> roles) {

    public static EmployeeView of(Employee e, Account login, Locale locale) {
        return new EmployeeView(e.getId(), e.getPersonnelNumber(), e.getFullName(), e.getEmail(), e.getHireDate(),
                e.getPosition().getCode(), e.getPosition().getName().in(locale),
                e.getLocation().getCode(), e.getLocation().getName().in(locale),
                e.getPayGrade() == null ? null : e.getPayGrade().getCode(), e.getLanguage(), e.isActive(),
                login == null ? null : login.getUsername(), login == null ? Set.of() : login.roleNames());
    }
}
