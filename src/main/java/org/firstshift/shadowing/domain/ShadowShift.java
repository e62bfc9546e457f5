package org.firstshift.shadowing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A real shift on which a trainee works beside a mentor, in one store, on one day. Sign-offs are
 * made on a shift: a mentor may rate only a trainee they shadow that day.
 */
@Entity
@Table(name = "shadow_shift")
@NamedQuery(name = "ShadowShift.ofMentorOn",
        query = "SELECT s FROM ShadowShift s WHERE s.mentorId = :mentorId AND s.day = :day ORDER BY s.startsAt, s.id")
@NamedQuery(name = "ShadowShift.ofTrainee",
        query = "SELECT s FROM ShadowShift s WHERE s.traineeId = :traineeId ORDER BY s.day, s.startsAt")
@NamedQuery(name = "ShadowShift.find",
        query = "SELECT s FROM ShadowShift s WHERE s.traineeId = :traineeId AND s.mentorId = :mentorId AND s.day = :day")
@NamedQuery(name = "ShadowShift.trainees", query = "SELECT DISTINCT s.traineeId FROM ShadowShift s")
@NamedQuery(name = "ShadowShift.between",
        query = "SELECT s FROM ShadowShift s WHERE s.day >= :from AND s.day <= :to ORDER BY s.day, s.startsAt, s.id")
public class ShadowShift extends Identified {

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "location_code", nullable = false)
    private String locationCode;

    @Column(name = "shift_date", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(name = "scheduled_by", nullable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    protected ShadowShift() {
    }

    public ShadowShift(long traineeId, long mentorId, String locationCode, LocalDate day, LocalTime startsAt,
                       LocalTime endsAt, String scheduledBy, Instant scheduledAt) {
        if (traineeId == mentorId) {
            throw new IllegalArgumentException("a trainee cannot shadow themselves");
        }
        this.traineeId = traineeId;
        this.mentorId = mentorId;
        reschedule(locationCode, day, startsAt, endsAt);
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
    }

    /** Moves the shift to another day, time or store; only a shift without sign-offs may move (callers check). */
    public final void reschedule(String newLocationCode, LocalDate newDay, LocalTime newStartsAt, LocalTime newEndsAt) {
        this.locationCode = Objects.requireNonNull(newLocationCode, "store is required");
        this.day = Objects.requireNonNull(newDay, "date is required");
        this.startsAt = Objects.requireNonNull(newStartsAt, "start time is required");
        this.endsAt = Objects.requireNonNull(newEndsAt, "end time is required");
        if (!newEndsAt.isAfter(newStartsAt)) {
            throw new IllegalArgumentException("the shift must end after it starts (" + newStartsAt + "–" + newEndsAt + ")");
        }
    }

    public boolean pairs(long mentor, long trainee) {
        return mentorId == mentor && traineeId == trainee;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("trainee_id", traineeId);
        s.put("mentor_id", mentorId);
        s.put("location", locationCode);
        s.put("date", day.toString());
        s.put("starts_at", startsAt.toString());
        s.put("ends_at", endsAt.toString());
        return s;
    }

    public long getTraineeId() { return traineeId; }
    public long getMentorId() { return mentorId; }
    public String getLocationCode() { return locationCode; }
    public LocalDate getDay() { return day; }
    public LocalTime getStartsAt() { return startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public String getScheduledBy() { return scheduledBy; }
    public Instant getScheduledAt() { return scheduledAt; }
}
