package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/** Claims a night's run in {@code motivation_run}: the primary key lets only one node insert it. */
@ApplicationScoped
public class RunClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(LocalDate night) {
        try {
            em.createNativeQuery("INSERT INTO motivation_run (run_date, started_at) VALUES (?1, ?2)")
                    .setParameter(1, Date.valueOf(night)).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
            return true;
        } catch (PersistenceException taken) {
            return false;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(LocalDate night, int evaluated) {
        em.createNativeQuery("UPDATE motivation_run SET finished_at = ?1, evaluated = ?2 WHERE run_date = ?3")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, evaluated).setParameter(3, Date.valueOf(night))
                .executeUpdate();
    }
}
