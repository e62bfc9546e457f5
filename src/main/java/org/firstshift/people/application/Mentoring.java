package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.MentorAssignment;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.LocalDate;
import java.util.List;

/** Who mentors whom, and when. Other modules ask here whether a mentor may act for a trainee. */
@ApplicationScoped
public class Mentoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    AuditTrail audit;

    public List<MentorAssignment> all() {
        return em.createNamedQuery("MentorAssignment.all", MentorAssignment.class).getResultList();
    }

    /** Trainees the mentor looks after on the given day. */
    public List<Employee> traineesOf(long mentorId, LocalDate day) {
        return em.createNamedQuery("MentorAssignment.ofMentor", MentorAssignment.class)
                .setParameter("mentorId", mentorId).getResultStream()
                .filter(a -> a.isActiveOn(day)).map(MentorAssignment::getTrainee).distinct().toList();
    }

    public List<Employee> mentorsOf(long traineeId, LocalDate day) {
        return em.createNamedQuery("MentorAssignment.ofTrainee", MentorAssignment.class)
                .setParameter("traineeId", traineeId).getResultStream()
                .filter(a -> a.isActiveOn(day)).map(MentorAssignment::getMentor).distinct().toList();
    }

    public boolean mentors(long mentorId, long traineeId, LocalDate day) {
        return traineesOf(mentorId, day).stream().anyMatch(t -> t.getId() == traineeId);
    }

    @Transactional
    public MentorAssignment assign(long mentorId, long traineeId, LocalDate startsOn, LocalDate endsOn) {
        Employee mentor = people.get(mentorId);
        Employee trainee = people.get(traineeId);
        if (!mentor.isActive() || !trainee.isActive()) {
            throw new InvalidInputException("mentor", "both mentor and trainee must be active employees");
        }
        MentorAssignment a;
        try {
            a = new MentorAssignment(mentor, trainee, startsOn, endsOn);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("starts_on", e.getMessage());
        }
        em.persist(a);
        em.flush();
        audit.record("MentorAssignment", a.getId(), AuditAction.CREATED, mentor.getFullName() + " mentors "
                + trainee.getFullName() + " from " + startsOn, null, a.snapshot());
        return a;
    }

    @Transactional
    public void end(long assignmentId, LocalDate day) {
        MentorAssignment a = em.find(MentorAssignment.class, assignmentId);
        if (a == null) {
            throw new org.firstshift.platform.api.NotFoundException("no mentor assignment " + assignmentId);
        }
        var before = a.snapshot();
        a.endOn(day);
        audit.record("MentorAssignment", a.getId(), AuditAction.UPDATED, "Mentoring of " + a.getTrainee().getFullName()
                + " by " + a.getMentor().getFullName() + " ends on " + day, before, a.snapshot());
    }
}
