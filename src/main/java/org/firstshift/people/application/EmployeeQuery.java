package org.firstshift.people.application;

/** A search over employees: free text, store and position filters, paging. */
public record EmployeeQuery(String text, String location, String position, boolean includeInactive, int first, int max) {
    public static EmployeeQuery all() {
        return new EmployeeQuery(null, null, null, false, 0, 500);
    }
}
