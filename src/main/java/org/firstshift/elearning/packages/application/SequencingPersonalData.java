package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.privacy.PersonalData;

/**
 * The export's "sequencing" section: where the learner left each sequenced course. Erasure of these
 * rows is done with the attempts ({@link PackagesPersonalData#erase}), in the same transaction.
 */
@ApplicationScoped
public class SequencingPersonalData implements PersonalData {

    @Inject
    PackagesPersonalData packages;

    @Override
    public String section() {
        return "sequencing";
    }

    @Override
    public Object export(long employeeId) {
        return packages.exportSequencing(employeeId);
    }

    @Override
    public String erase(long employeeId) {
        return "sequencing states are removed with the package attempts";
    }
}
