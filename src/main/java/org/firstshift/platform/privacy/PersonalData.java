package org.firstshift.platform.privacy;

/**
 * Implemented by each module that keeps data about employees (a CDI bean). Both methods run
 * inside the caller's transaction.
 */
public interface PersonalData {

    /** The name of this module's part of an export, e.g. {@code "shadowing"}. */
    String section();

    /** Everything this module keeps about the employee, as values JSON-B can write (records, maps, lists). */
    Object export(long employeeId);

    /**
     * Removes or blanks what identifies the employee in this module and returns a short account of
     * what was done, for the audit trail (no personal data in it). Anonymous facts (a score, a
     * completion date) may stay: they are what reports count.
     */
    String erase(long employeeId);
}
