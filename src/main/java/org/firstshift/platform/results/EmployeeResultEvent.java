package org.firstshift.platform.results;

import java.time.Instant;

/**
 * A module recorded a result that may change what an employee has achieved: an exam scored, a
 * certification granted or lapsed, an audit submitted, a shadowing plan completed. Observers of
 * this interface receive every such event.
 */
public interface EmployeeResultEvent {
    long employeeId();

    Instant at();
}
