package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Supplier;

/**
 * The trainee's co-signature: each confirmation is a new record in their chain that names the
 * sign-off (or correction) it confirms. On their own page the sign-in is proof enough; on the
 * mentor's phone their PIN is. Confirming something already confirmed changes nothing, which is
 * what makes it safe to retry when the database refuses a write because a mentor's sign-off took
 * the same place in the chain at the same moment.
 */
@ApplicationScoped
public class Confirmations {

    @Inject
    ConfirmationWriter writer;

    /** The signed-in trainee confirms sign-offs of their own chain; returns how many were newly confirmed. */
    public int confirmOwn(long traineeId, List<Long> recordIds) {
        return retried(() -> writer.confirmOwn(traineeId, recordIds));
    }

    /**
     * The trainee confirms on their mentor's phone with their PIN. A wrong PIN is counted (the count
     * commits although the request is refused) and several in a row lock the PIN.
     */
    public int confirmWithPin(long mentorId, long traineeId, String pin, List<Long> recordIds) {
        return retried(() -> writer.confirmWithPin(mentorId, traineeId, pin, recordIds));
    }

    private static int retried(Supplier<Integer> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!SignOffs.isDatabaseRefusal(e) || attempt >= SignOffs.ATTEMPTS) {
                    throw e;
                }
                SignOffs.backOff(attempt);
            }
        }
    }
}
