package org.firstshift.people.application;

import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.platform.security.Role;

import java.util.Set;

/** A new employee with an optional login (user name, roles, initial password). */
public record NewEmployee(String personnelNumber, EmployeeDetails details, String username, Set<Role> roles,
                          String password) {
}
