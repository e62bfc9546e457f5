package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.notify.NoticeRequested;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.shadowing.domain.ShadowShift;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Shadow shifts: HR puts a trainee on a real shift beside their mentor. Only a pair with an active
 * mentor assignment on that day can be scheduled, and only once per day.
 */
@ApplicationScoped
public class Shifts {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Mentoring mentoring;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeRequested> notices;

    public Optional<ShadowShift> get(long id) {
        return Optional.ofNullable(em.find(ShadowShift.class, id));
    }

    public Optional<ShadowShift> find(long traineeId, long mentorId, LocalDate day) {
        return em.createNamedQuery("ShadowShift.find", ShadowShift.class).setParameter("traineeId", traineeId)
                .setParameter("mentorId", mentorId).setParameter("day", day).getResultStream().findFirst();
    }

    public List<ShadowShift> ofMentorOn(long mentorId, LocalDate day) {
        return em.createNamedQuery("ShadowShift.ofMentorOn", ShadowShift.class).setParameter("mentorId", mentorId)
                .setParameter("day", day).getResultList();
    }

    public List<ShadowShift> ofTrainee(long traineeId) {
        return em.createNamedQuery("ShadowShift.ofTrainee", ShadowShift.class).setParameter("traineeId", traineeId)
                .getResultList();
    }

    public List<ShadowShift> between(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ShadowShift.between", ShadowShift.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** Everyone who has had (or will have) a shadow shift: the trainees of the HR dashboards. */
    public List<Long> trainees() {
        return em.createNamedQuery("ShadowShift.trainees", Long.class).getResultList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public ShadowShift schedule(NewShift s, String scheduledBy) {
        if (s.day() == null || s.startsAt() == null || s.endsAt() == null) {
            throw new InvalidInputException("date", "date, start and end time are required");
        }
        Employee trainee = people.find(s.traineeId()).filter(Employee::isActive)
                .orElseThrow(() -> new InvalidInputException("traineeId", "no active employee with id " + s.traineeId()));
        Employee mentor = people.find(s.mentorId()).filter(Employee::isActive)
                .orElseThrow(() -> new InvalidInputException("mentorId", "no active employee with id " + s.mentorId()));
        if (!mentoring.mentors(mentor.getId(), trainee.getId(), s.day())) {
            throw new InvalidInputException("mentorId", mentor.getFullName() + " does not mentor " + trainee.getFullName()
                    + " on " + s.day() + "; assign the mentor first (Organisation page)");
        }
        String location = s.locationCode() == null || s.locationCode().isBlank()
                ? trainee.getLocation().getCode() : s.locationCode().strip();
        if (organisation.location(location).isEmpty()) {
            throw new InvalidInputException("location", "unknown store '" + location + "'");
        }
        if (find(trainee.getId(), mentor.getId(), s.day()).isPresent()) {
            throw new InvalidInputException("date", trainee.getFullName() + " already has a shift with "
                    + mentor.getFullName() + " on " + s.day());
        }
        ShadowShift shift;
        try {
            shift = new ShadowShift(trainee.getId(), mentor.getId(), location, s.day(), s.startsAt(), s.endsAt(),
                    scheduledBy, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("endsAt", e.getMessage());
        }
        em.persist(shift);
        em.flush();
        audit.record("ShadowShift", shift.getId(), AuditAction.CREATED, "Shadow shift for " + trainee.getFullName()
                + " with " + mentor.getFullName() + " on " + s.day() + " " + s.startsAt() + "–" + s.endsAt(), null, shift.snapshot());
        tell(shift, "notice.shiftScheduled", "scheduled");
        return shift;
    }

    /**
     * Moves a shift that has no sign-offs yet to another day, time or store. A shift with sign-offs
     * is evidence and stays as it was.
     */
    @Transactional
    public ShadowShift reschedule(long shiftId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String locationCode) {
        ShadowShift shift = untouched(shiftId);
        if (day == null || startsAt == null || endsAt == null) {
            throw new InvalidInputException("date", "date, start and end time are required");
        }
        String location = locationCode == null || locationCode.isBlank() ? shift.getLocationCode() : locationCode.strip();
        if (organisation.location(location).isEmpty()) {
            throw new InvalidInputException("location", "unknown store '" + location + "'");
        }
        if (!day.equals(shift.getDay()) && find(shift.getTraineeId(), shift.getMentorId(), day).isPresent()) {
            throw new InvalidInputException("date", "this trainee already has a shift with this mentor on " + day);
        }
        if (!mentoring.mentors(shift.getMentorId(), shift.getTraineeId(), day)) {
            throw new InvalidInputException("date", "the mentor is not assigned to this trainee on " + day);
        }
        var before = shift.snapshot();
        try {
            shift.reschedule(location, day, startsAt, endsAt);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("endsAt", e.getMessage());
        }
        em.flush();
        audit.record("ShadowShift", shift.getId(), AuditAction.UPDATED, "Shadow shift moved to " + day + " " + startsAt
                + "–" + endsAt, before, shift.snapshot());
        tell(shift, "notice.shiftMoved", "moved-" + shift.getVersion());
        return shift;
    }

    /** Cancels a shift that has no sign-offs; the reason is kept in the audit trail. */
    @Transactional
    public void cancel(long shiftId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the shift is cancelled");
        }
        ShadowShift shift = untouched(shiftId);
        audit.record("ShadowShift", shift.getId(), AuditAction.CANCELLED, "Shadow shift on " + shift.getDay()
                + " cancelled: " + reason.strip(), shift.snapshot(), null);
        tell(shift, "notice.shiftCancelled", "cancelled");
        em.remove(shift);
        em.flush();
    }

    private ShadowShift untouched(long shiftId) {
        ShadowShift shift = get(shiftId).orElseThrow(() -> new NotFoundException("no shadow shift " + shiftId));
        long records = em.createNamedQuery("ShadowingRecord.countOnShift", Long.class).setParameter("shiftId", shiftId)
                .getSingleResult();
        if (records > 0) {
            throw new InvalidInputException("shift", "the shift already has " + records
                    + " sign-off record(s); it is kept as evidence and cannot be moved or cancelled");
        }
        return shift;
    }

    /** Tells the trainee and the mentor, each in their own language when they read it. */
    private void tell(ShadowShift shift, String key, String what) {
        List<String> args = List.of(shift.getDay().toString(), shift.getStartsAt().toString(), shift.getEndsAt().toString());
        notices.fire(new NoticeRequested(shift.getTraineeId(), "shadowing", key, args, "/learner/shadowing.xhtml",
                "shift-" + shift.getId() + "-" + what));
        notices.fire(new NoticeRequested(shift.getMentorId(), "shadowing", key, args, "/mentor/shadowing.xhtml",
                "shift-" + shift.getId() + "-" + what));
    }
}
