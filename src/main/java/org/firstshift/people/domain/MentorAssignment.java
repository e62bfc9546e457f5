package org.firstshift.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A mentor looks after a trainee from a start date until an (optional) end date, inclusive. */
@Entity
@Table(name = "mentor_assignment")
@NamedQuery(name = "MentorAssignment.ofMentor",
        query = "SELECT a FROM MentorAssignment a WHERE a.mentor.id = :mentorId ORDER BY a.trainee.fullName")
@NamedQuery(name = "MentorAssignment.ofTrainee",
        query = "SELECT a FROM MentorAssignment a WHERE a.trainee.id = :traineeId ORDER BY a.startsOn DESC")
@NamedQuery(name = "MentorAssignment.all",
        query = "SELECT a FROM MentorAssignment a ORDER BY a.startsOn DESC, a.id DESC")
public class MentorAssignment extends Identified {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mentor_id")
    private Employee mentor;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainee_id")
    private Employee trainee;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected MentorAssignment() {
    }

    public MentorAssignment(Employee mentor, Employee trainee, LocalDate startsOn, LocalDate endsOn) {
        this.mentor = Objects.requireNonNull(mentor, "mentor is required");
        this.trainee = Objects.requireNonNull(trainee, "trainee is required");
        if (mentor.getPersonnelNumber().equals(trainee.getPersonnelNumber())) {
            throw new IllegalArgumentException("a person cannot mentor themselves");
        }
        this.startsOn = Objects.requireNonNull(startsOn, "start date is required");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("the end date " + endsOn + " is before the start date " + startsOn);
        }
        this.endsOn = endsOn;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Ends the assignment on the given day (inclusive); it cannot end before it started. */
    public void endOn(LocalDate day) {
        if (day.isBefore(startsOn)) {
            throw new IllegalArgumentException("the end date " + day + " is before the start date " + startsOn);
        }
        this.endsOn = day;
    }

    public Employee getMentor() { return mentor; }
    public Employee getTrainee() { return trainee; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("mentor", mentor.getPersonnelNumber());
        s.put("trainee", trainee.getPersonnelNumber());
        s.put("starts_on", startsOn.toString());
        s.put("ends_on", endsOn == null ? null : endsOn.toString());
        return s;
    }
}
