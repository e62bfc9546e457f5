package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.privacy.PersonalData;
import org.firstshift.shadowing.domain.TraineePin;

import java.util.Map;

/**
 * Shadow shifts and the sign-off chain. The chain is evidence protected by hashes: erasing keeps
 * it (it names employee ids only, and the employee row is anonymised), but the trainee's PIN goes.
 */
@ApplicationScoped
public class ShadowingPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShadowingLedger ledger;

    @Inject
    Shifts shifts;

    @Override
    public String section() {
        return "shadowing";
    }

    @Override
    public Object export(long employeeId) {
        return Map.of("shifts", shifts.ofTrainee(employeeId).stream().map(s -> s.snapshot()).toList(),
                "records", ledger.contentsOf(employeeId));
    }

    @Override
    public String erase(long employeeId) {
        int pins = 0;
        for (TraineePin pin : em.createNamedQuery("TraineePin.of", TraineePin.class).setParameter("employeeId", employeeId)
                .getResultList()) {
            em.remove(pin);
            pins++;
        }
        return pins + " PIN(s) removed; the hash-chained sign-off records are kept as evidence";
    }
}
