package org.firstshift.shadowing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.application.Shifts;
import org.firstshift.shadowing.application.TraineeAccess;
import org.firstshift.shadowing.application.TraineeShadowing;

import java.util.HashMap;
import java.util.Map;

/**
 * Shadowing for the mentor's own pages: a summary per trainee on the mentor home (with the way to
 * the sign-off page when they share a shift today), and one trainee's full progress.
 */
@Named
@RequestScoped
public class MentorShadowing {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Shifts shifts;

    @Inject
    TraineeAccess access;

    private final Map<Long, TraineeShadowing> seen = new HashMap<>();
    private Long traineeId;

    public TraineeShadowing of(long trainee) {
        return seen.computeIfAbsent(trainee, progress::of);
    }

    public boolean shiftToday(long trainee) {
        return user.employeeId().flatMap(me -> shifts.find(trainee, me, shifts.today())).isPresent();
    }

    /** The trainee of {@code /mentor/shadowing.xhtml?trainee=}, if the mentor looks after them today. */
    public TraineeShadowing getTrainee() {
        if (traineeId == null || !access.mayRead(user, traineeId)) {
            return null;
        }
        return of(traineeId);
    }

    public void open() {
        if (traineeId != null && !access.mayRead(user, traineeId)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public Long getTraineeId() { return traineeId; }
    public void setTraineeId(Long traineeId) { this.traineeId = traineeId; }
}
