package org.firstshift.shadowing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.Shifts;
import org.firstshift.shadowing.application.TraineeShadowing;
import org.firstshift.shadowing.domain.ShadowShift;

import java.util.Optional;

/** The shadowing card on the learner's home: tasks done, sign-offs to confirm, the next shift. */
@Named
@RequestScoped
public class ShadowingCard {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Shifts shifts;

    @Inject
    People people;

    private TraineeShadowing shadowing;
    private boolean looked;

    public TraineeShadowing getShadowing() {
        if (!looked) {
            looked = true;
            shadowing = user.employeeId().map(progress::of).filter(TraineeShadowing::hasPlan).orElse(null);
        }
        return shadowing;
    }

    /** Today's or the next shadow shift. */
    public ShadowShift getNextShift() {
        return getShadowing() == null ? null : shifts.ofTrainee(shadowing.trainee().getId()).stream()
                .filter(s -> !s.getDay().isBefore(shifts.today())).findFirst().orElse(null);
    }

    public String mentorOf(ShadowShift shift) {
        return Optional.ofNullable(shift).flatMap(s -> people.find(s.getMentorId())).map(Employee::getFullName).orElse("");
    }

    public boolean isToday(ShadowShift shift) {
        return shift != null && shift.getDay().equals(shifts.today());
    }
}
