package org.firstshift.people.application;

/**
 * Fired when an employee is created, changed, moved, deactivated or reactivated. Programs listen
 * to assign or re-evaluate onboarding (a move to another position or store may change it).
 */
public record EmployeeChanged(long employeeId, boolean created, boolean moved) {
}
