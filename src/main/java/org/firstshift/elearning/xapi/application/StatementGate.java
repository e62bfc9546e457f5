package org.firstshift.elearning.xapi.application;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * A module's say over statements written with a launch credential it issued (cmi5 enforces its
 * statement rules here). Implementations are CDI beans, found by the LRS; it asks each of them,
 * inside the storing transaction and before anything is written, about every batch a launch
 * credential writes. A gate refuses the batch by throwing an
 * {@link org.firstshift.elearning.xapi.domain.XapiException} (the writer gets its status and nothing
 * is stored). Gates must be cheap for credentials that are not theirs: the LRS calls them on its
 * ingest path. The xAPI module knows no gate by name, so it never depends on the modules that launch.
 */
public interface StatementGate {

    /**
     * @param statements the new statements of the batch, in order, as they will be stored (id, stored, authority set)
     * @param authority  the launch credential writing them ({@link Authority#limited()} is true)
     */
    void admit(List<JsonObject> statements, Authority authority);
}
