package org.firstshift.elearning.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.domain.XapiVersion;
import org.firstshift.people.application.People;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Stores the statements of one event in a transaction of its own, under the "records" module
 * authority. The ids are name-based, so storing the same event again is a no-op for the LRS.
 */
@ApplicationScoped
public class RecordWriter {
    static final String MODULE = "records";

    @Inject
    LearningRecordStore lrs;

    @Inject
    People people;

    /**
     * The account agent the LRS knows an employee by (so their statements are found by the
     * personal-data export and erasure); empty for an employee without a login.
     */
    public Optional<JsonObject> agent(long employeeId) {
        return people.loginOf(employeeId).map(a -> lrs.learner(a.getUsername(),
                people.find(employeeId).map(e -> e.getFullName()).orElse(null)));
    }

    /**
     * Writes the statements about an employee ({@code statements} gets their agent and, when
     * {@code otherId} is given, that employee's agent or null, e.g. the mentor); nothing for an
     * employee without a login.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> write(long employeeId, Long otherId, BiFunction<JsonObject, JsonObject, List<JsonObject>> statements) {
        Optional<JsonObject> actor = agent(employeeId);
        if (actor.isEmpty()) {
            return List.of();
        }
        List<JsonObject> list = statements.apply(actor.get(), otherId == null ? null : agent(otherId).orElse(null));
        return list.isEmpty() ? List.of() : lrs.store(list, lrs.moduleAuthority(MODULE), XapiVersion.V2_0_0);
    }
}
