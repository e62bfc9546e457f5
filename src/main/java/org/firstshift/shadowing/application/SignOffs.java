package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.firstshift.shadowing.domain.ShadowingRecord;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Takes a mentor's sign-off from the phone. Idempotent by the phone's client id: the same sign-off
 * sent twice (a retry after a lost answer) is stored once and answered the same way. When two
 * writers race for the same place in a trainee's chain, the database refuses one and it is retried
 * here in a new transaction.
 */
@ApplicationScoped
public class SignOffs {
    static final int ATTEMPTS = 3;

    @Inject
    SignOffWriter writer;

    @Inject
    ShadowingLedger ledger;

    /** The stored record and whether this call only replayed an earlier, identical one. */
    public record Outcome(ShadowingRecord record, boolean replayed) {
    }

    public Outcome signOff(long mentorId, SignOffCommand command) {
        SignOffCommand c = command.normalised();
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(mentorId, c);
            } catch (RuntimeException e) {
                if (!isDatabaseRefusal(e)) {
                    throw e;
                }
                Optional<ShadowingRecord> stored = ledger.byClientId(c.clientId());
                if (stored.isPresent()) {
                    return writer.replay(mentorId, c, stored.get());
                }
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    static boolean isDatabaseRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PersistenceException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
