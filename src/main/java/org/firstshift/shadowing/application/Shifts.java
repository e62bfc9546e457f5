package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.shadowing.domain.ShadowShift;

import java.time.Clock;
import java.time.LocalDate;
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
        return shift;
    }
}
