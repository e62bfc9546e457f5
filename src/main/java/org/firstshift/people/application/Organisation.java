package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;
import java.util.Optional;

/** Positions, locations and pay grades: looked up by code, created or changed by code (upsert). */
@ApplicationScoped
public class Organisation {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<Position> positions() {
        return em.createNamedQuery("Position.all", Position.class).getResultList();
    }

    public List<Location> locations() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    public List<PayGrade> payGrades() {
        return em.createNamedQuery("PayGrade.all", PayGrade.class).getResultList();
    }

    public Optional<Position> position(String code) {
        return em.createNamedQuery("Position.findByCode", Position.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Location> location(String code) {
        return em.createNamedQuery("Location.findByCode", Location.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<PayGrade> payGrade(String code) {
        return em.createNamedQuery("PayGrade.findByCode", PayGrade.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Transactional
    public Position savePosition(String code, LocalizedText name) {
        Optional<Position> existing = position(code);
        if (existing.isPresent()) {
            var before = existing.get().snapshot();
            existing.get().rename(name);
            audit.record("Position", code, AuditAction.UPDATED, "Changed position " + code, before, existing.get().snapshot());
            return existing.get();
        }
        Position p = new Position(code, name);
        em.persist(p);
        audit.record("Position", code, AuditAction.CREATED, "Created position " + code, null, p.snapshot());
        return p;
    }

    @Transactional
    public Location saveLocation(String code, LocalizedText name, String city) {
        Optional<Location> existing = location(code);
        if (existing.isPresent()) {
            var before = existing.get().snapshot();
            existing.get().describe(name, city);
            audit.record("Location", code, AuditAction.UPDATED, "Changed location " + code, before, existing.get().snapshot());
            return existing.get();
        }
        Location l = new Location(code, name, city);
        em.persist(l);
        audit.record("Location", code, AuditAction.CREATED, "Created location " + code, null, l.snapshot());
        return l;
    }

    @Transactional
    public PayGrade savePayGrade(String code, LocalizedText name, int rank) {
        Optional<PayGrade> existing = payGrade(code);
        if (existing.isPresent()) {
            var before = existing.get().snapshot();
            existing.get().rename(name, rank);
            audit.record("PayGrade", code, AuditAction.UPDATED, "Changed pay grade " + code, before, existing.get().snapshot());
            return existing.get();
        }
        PayGrade g = new PayGrade(code, name, rank);
        em.persist(g);
        audit.record("PayGrade", code, AuditAction.CREATED, "Created pay grade " + code, null, g.snapshot());
        return g;
    }
}
