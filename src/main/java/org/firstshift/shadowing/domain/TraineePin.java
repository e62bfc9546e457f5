package org.firstshift.shadowing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Duration;
import java.time.Instant;

/**
 * The short PIN a trainee sets to confirm sign-offs on their mentor's phone. Only a salted PBKDF2
 * hash is kept. Four to six digits are easy to guess, so after {@value #MAX_FAILURES} wrong tries
 * in a row the PIN is locked for {@link #LOCK}; the trainee can still confirm on their own page.
 */
@Entity
@Table(name = "trainee_pin")
@NamedQuery(name = "TraineePin.of", query = "SELECT p FROM TraineePin p WHERE p.employeeId = :employeeId")
public class TraineePin extends Identified {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Column(name = "employee_id", nullable = false, unique = true)
    private long employeeId;

    @Column(name = "pin_hash", nullable = false)
    private String pinHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected TraineePin() {
    }

    public TraineePin(long employeeId, String pinHash, Instant setAt) {
        this.employeeId = employeeId;
        change(pinHash, setAt);
    }

    /** Whether a text is an acceptable PIN: 4 to 6 digits, not all the same, not a plain run. */
    public static void check(String pin) {
        if (pin == null || !pin.matches("\\d{4,6}")) {
            throw new IllegalArgumentException("the PIN must be 4 to 6 digits");
        }
        if (pin.chars().distinct().count() == 1 || "0123456789".contains(pin) || "9876543210".contains(pin)) {
            throw new IllegalArgumentException("the PIN is too easy to guess (like 1111 or 1234)");
        }
    }

    public final void change(String newHash, Instant at) {
        this.pinHash = newHash;
        this.setAt = at;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void failed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failedAttempts = 0;
        }
    }

    public void succeeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public long getEmployeeId() { return employeeId; }
    public String getPinHash() { return pinHash; }
    public Instant getLockedUntil() { return lockedUntil; }
}
