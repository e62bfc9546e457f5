package org.firstshift.exams.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scores attempts whose deadline passed while nobody looked at them (the learner closed the
 * phone), so results, progress and certifications do not wait for the learner's next visit.
 * Each attempt is closed in its own transaction; a failure with one does not stop the others.
 */
@Singleton
public class ExamDeadlines {
    private static final Logger LOG = Logger.getLogger(ExamDeadlines.class.getName());

    @Inject
    ExamAttempts attempts;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeOverdue() {
        for (Long id : attempts.overdue()) {
            try {
                attempts.closeIfOverdue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not close overdue exam attempt " + id, e);
            }
        }
    }
}
