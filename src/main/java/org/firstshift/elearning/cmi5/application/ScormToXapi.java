package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.firstshift.elearning.packages.application.PackageAttemptChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SCORM → xAPI bridge: every launch, commit and finish of a SCORM attempt is written to the
 * LRS as statements ({@link org.firstshift.elearning.cmi5.domain.ScormStatements} says which). The
 * writing happens in its own transaction so that a problem with the LRS never loses the learner's
 * SCORM data: it is logged, and the commit goes on.
 */
@ApplicationScoped
public class ScormToXapi {
    private static final Logger LOG = Logger.getLogger(ScormToXapi.class.getName());

    @Inject
    ScormStatementWriter writer;

    void on(@Observes PackageAttemptChanged e) {
        try {
            writer.write(e);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "SCORM attempt " + e.attemptId() + ": statements not written to the LRS", ex);
        }
    }
}
