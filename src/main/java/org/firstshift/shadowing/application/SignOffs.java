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
    /** Enough for a store's worth of phones writing to one trainee's chain at the same moment. */
    static final int ATTEMPTS = 8;

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
                backOff(attempt);
            }
        }
    }

    /** Waits a little, longer each time and not in step with the other writer, before a retry. */
    static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isDatabaseRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A commit that failed (RollbackException) wrote nothing, so it is as safe to retry as a
            // refused statement; EclipseLink's own DatabaseException is not a PersistenceException.
            if (t instanceof PersistenceException || t instanceof SQLException || t instanceof jakarta.transaction.RollbackException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.DatabaseException")) {
                return true;
            }
        }
        return false;
    }
}
