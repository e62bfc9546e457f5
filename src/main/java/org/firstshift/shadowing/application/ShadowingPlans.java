package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingTask;

import java.util.List;
import java.util.Optional;

/** Shadowing plans and their tasks, as loaded from content. */
@ApplicationScoped
public class ShadowingPlans {

    @PersistenceContext
    EntityManager em;

    public List<ShadowingPlan> all() {
        return em.createNamedQuery("ShadowingPlan.all", ShadowingPlan.class).getResultList();
    }

    public Optional<ShadowingPlan> byCode(String code) {
        return em.createNamedQuery("ShadowingPlan.findByCode", ShadowingPlan.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The plan for a position (content allows one plan per position; the first by id wins otherwise). */
    public Optional<ShadowingPlan> forPosition(String positionCode) {
        return all().stream().filter(p -> p.isFor(positionCode)).findFirst();
    }

    public List<ShadowingTask> tasksObserving(String ruleCode) {
        return all().stream().flatMap(p -> p.getTasks().stream()).filter(t -> t.observes(ruleCode)).toList();
    }
}
