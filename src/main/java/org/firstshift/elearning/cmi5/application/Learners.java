package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.people.application.People;

import java.util.Optional;

/**
 * An employee as the xAPI agent the LRS knows them by (its account agent with their user name), so
 * that their statements are found by the LRS's personal-data export and erasure. Employees without
 * a login have no such agent.
 */
@ApplicationScoped
public class Learners {

    @Inject
    People people;

    @Inject
    LearningRecordStore lrs;

    public Optional<JsonObject> agent(long employeeId) {
        return people.loginOf(employeeId).map(a -> lrs.learner(a.getUsername(),
                people.find(employeeId).map(e -> e.getFullName()).orElse(null)));
    }
}
