package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.application.Mentoring;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

/**
 * Who may read a trainee's shadowing: the trainee, their mentor of today, HR and admins. A learner
 * never reads another learner's sign-offs; HR reads but never writes them (writing needs MENTOR).
 */
@ApplicationScoped
public class TraineeAccess {

    @Inject
    Mentoring mentoring;

    @Inject
    Shifts shifts;

    public boolean mayRead(CurrentUser user, long traineeId) {
        if (user.holds(Role.HR) || user.holds(Role.ADMIN)) {
            return true;
        }
        Long me = user.employeeId().orElse(null);
        if (me == null) {
            return false;
        }
        return me == traineeId || user.holds(Role.MENTOR) && mentoring.mentors(me, traineeId, shifts.today());
    }

    public void checkRead(CurrentUser user, long traineeId) {
        if (!mayRead(user, traineeId)) {
            throw new ShadowingForbidden("you may not see this trainee's shadowing");
        }
    }

    /** The signed-in person's employee id; a login without an employee has no shadowing. */
    public long employeeOf(CurrentUser user) {
        return user.employeeId().orElseThrow(() -> new ShadowingForbidden("your login has no employee profile"));
    }
}
