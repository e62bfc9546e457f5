package org.firstshift.shadowing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.MentorAssignment;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.shadowing.application.NewShift;
import org.firstshift.shadowing.application.ShadowingReport;
import org.firstshift.shadowing.application.Shifts;
import org.firstshift.shadowing.domain.ShadowShift;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * HR's shadowing page: schedule a trainee's shadow shift with their mentor, see the coming
 * shifts, completion per store, mentors' activity and their calibration against the store.
 */
@Named
@ViewScoped
public class ShadowingHrPage implements Serializable {

    @Inject
    Shifts shifts;

    @Inject
    Mentoring mentoring;

    @Inject
    Organisation organisation;

    @Inject
    People people;

    @Inject
    ShadowingReport report;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    /** "mentorId:traineeId" of a current mentor assignment. */
    private String pair;
    private LocalDate day;
    private String startsAt = "10:00";
    private String endsAt = "19:00";
    private String location;
    /** The shift being moved, or null while scheduling a new one. */
    private Long editing;
    private String cancelReason;

    @PostConstruct
    void open() {
        day = shifts.today();
    }

    public void schedule() {
        Messages m = Messages.of("shadowing", language.getLocale());
        if (pair == null || !pair.contains(":")) {
            FacesMessages.error(m.get("hr.pairRequired"));
            return;
        }
        String[] ids = pair.split(":");
        try {
            LocalTime start = LocalTime.parse(startsAt);
            LocalTime end = LocalTime.parse(endsAt);
            if (editing != null) {
                if (FacesMessages.attempt(() -> shifts.reschedule(editing, day, start, end, location))) {
                    FacesMessages.info(m.get("hr.moved"));
                    editing = null;
                }
                return;
            }
            if (FacesMessages.attempt(() -> shifts.schedule(new NewShift(Long.parseLong(ids[1]), Long.parseLong(ids[0]), day,
                    start, end, location), user.getUsername()))) {
                FacesMessages.info(m.get("hr.scheduled"));
            }
        } catch (DateTimeParseException e) {
            FacesMessages.error(m.get("hr.badTime"));
        }
    }

    /** Loads a shift into the form to move it. */
    public void edit(ShadowShift s) {
        editing = s.getId();
        pair = s.getMentorId() + ":" + s.getTraineeId();
        day = s.getDay();
        startsAt = s.getStartsAt().toString();
        endsAt = s.getEndsAt().toString();
        location = s.getLocationCode();
    }

    public void stopEditing() {
        editing = null;
    }

    public void cancel(ShadowShift s) {
        Messages m = Messages.of("shadowing", language.getLocale());
        if (cancelReason == null || cancelReason.isBlank()) {
            FacesMessages.error(m.get("hr.reasonRequired"));
            return;
        }
        if (FacesMessages.attempt(() -> shifts.cancel(s.getId(), cancelReason))) {
            FacesMessages.info(m.get("hr.cancelled"));
            cancelReason = null;
            if (s.getId().equals(editing)) {
                editing = null;
            }
        }
    }

    /** Mentor assignments that are current or start later: the pairs a shift can be scheduled for. */
    public List<MentorAssignment> getPairs() {
        LocalDate today = shifts.today();
        return mentoring.all().stream().filter(a -> a.getEndsOn() == null || !a.getEndsOn().isBefore(today))
                .filter(a -> a.getMentor().isActive() && a.getTrainee().isActive()).toList();
    }

    public List<ShadowShift> getUpcoming() {
        return shifts.between(shifts.today(), shifts.today().plusDays(14));
    }

    public String name(long employeeId) {
        return people.find(employeeId).map(Employee::getFullName).orElse("#" + employeeId);
    }

    public String store(String code) {
        return organisation.location(code).map(l -> l.getName().in(language.getLocale())).orElse(code);
    }

    public List<Location> getStores() { return organisation.locations(); }
    public List<ShadowingReport.StoreCompletion> getCompletion() { return report.completionByStore(); }
    public List<ShadowingReport.MentorActivity> getActivity() { return report.mentorActivity(); }
    public List<ShadowingReport.Calibration> getCalibration() { return report.calibration(); }
    public int getActivityDays() { return ShadowingReport.ACTIVITY_DAYS; }

    public Long getEditing() { return editing; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getPair() { return pair; }
    public void setPair(String pair) { this.pair = pair; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
}
