package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.shadowing.domain.TraineePin;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Trainees' confirmation PINs: set on their own page, checked when they confirm on the mentor's
 * phone. Hashed with PBKDF2 like passwords; wrong tries are counted in the database so that every
 * node of a cluster shares the lock.
 */
@ApplicationScoped
public class TraineePins {

    /** What a PIN check found; only {@link #OK} lets a confirmation through. */
    public enum PinCheck { OK, NOT_SET, LOCKED, WRONG }

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.security.pbkdf2.iterations", defaultValue = "120000")
    int iterations;

    private void configureHash() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private Optional<TraineePin> of(long employeeId) {
        return em.createNamedQuery("TraineePin.of", TraineePin.class).setParameter("employeeId", employeeId)
                .getResultStream().findFirst();
    }

    public boolean isSet(long employeeId) {
        return of(employeeId).isPresent();
    }

    @Transactional
    public void set(long employeeId, String pin) {
        try {
            TraineePin.check(pin);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("pin", e.getMessage());
        }
        configureHash();
        String hashed = hash.generate(pin.toCharArray());
        Optional<TraineePin> existing = of(employeeId);
        if (existing.isPresent()) {
            existing.get().change(hashed, clock.instant());
        } else {
            em.persist(new TraineePin(employeeId, hashed, clock.instant()));
        }
        audit.record("TraineePin", employeeId, existing.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                "Set a confirmation PIN", null, null);
    }

    /**
     * Checks a PIN in the caller's transaction and counts a wrong one. Returns a result rather than
     * throwing, so that the caller decides whether its transaction (and the count) commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PinCheck check(long employeeId, String candidate) {
        Optional<TraineePin> pin = of(employeeId);
        if (pin.isEmpty()) {
            return PinCheck.NOT_SET;
        }
        if (pin.get().isLocked(clock.instant())) {
            return PinCheck.LOCKED;
        }
        configureHash();
        if (candidate != null && candidate.matches("\\d{4,6}") && hash.verify(candidate.toCharArray(), pin.get().getPinHash())) {
            pin.get().succeeded();
            return PinCheck.OK;
        }
        pin.get().failed(clock.instant());
        return pin.get().isLocked(clock.instant()) ? PinCheck.LOCKED : PinCheck.WRONG;
    }
}
