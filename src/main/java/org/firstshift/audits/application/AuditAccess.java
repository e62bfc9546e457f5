package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.application.Mentoring;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Who may do what with audits. Only auditors and admins record or import. HR reads everything
 * (there is no store-manager role: HR stands for store managers and their scope is the company);
 * auditors read what they need to audit; a mentor reads their current trainees; an employee reads
 * their own results, without the auditor's identity.
 */
@ApplicationScoped
public class AuditAccess {

    @Inject
    Mentoring mentoring;

    @Inject
    Clock clock;

    public boolean mayRecord(CurrentUser user) {
        return user.holds(Role.AUDITOR) || user.holds(Role.ADMIN);
    }

    /** Whether the person may see every employee's results (and who audited). */
    public boolean readsAll(CurrentUser user) {
        return user.holds(Role.HR) || user.holds(Role.ADMIN) || user.holds(Role.AUDITOR);
    }

    public boolean mayRead(CurrentUser user, long employeeId) {
        if (readsAll(user)) {
            return true;
        }
        Long me = user.employeeId().orElse(null);
        if (me == null) {
            return false;
        }
        return me == employeeId
                || user.holds(Role.MENTOR) && mentoring.mentors(me, employeeId, LocalDate.now(clock));
    }

    public void requireRecord(CurrentUser user) {
        if (!mayRecord(user)) {
            throw new AuditForbidden("only auditors and admins record or import audit visits");
        }
    }

    public void requireRead(CurrentUser user, long employeeId) {
        if (!mayRead(user, employeeId)) {
            throw new AuditForbidden("you may not see this employee's audit results");
        }
    }
}
