package org.firstshift.elearning.xapi.application;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.json.JsonObject;

/**
 * Who writes statements: the agent the LRS puts into {@code authority}, and for a launch credential
 * the actor, activity and registration it is limited to (all null for an LRS key or a module).
 *
 * @param credentialId the credential's id, or null for a module writing through the Java service
 */
public record Authority(Long credentialId, JsonObject agent, String actorIfi, String activityId, String registration) {

    /** A FirstShift module writing on its own behalf (e.g. SCORM tracking data turned into statements). */
    public static Authority module(String module, String publicUrl) {
        return new Authority(null, JsonP.JSON.createObjectBuilder().add("objectType", "Agent").add("name", "FirstShift " + module)
                .add("account", JsonP.JSON.createObjectBuilder().add("homePage", publicUrl).add("name", "module:" + module)).build(),
                null, null, null);
    }

    /** Whether this authority is limited to one launch (actor + activity). */
    public boolean limited() {
        return actorIfi != null;
    }
}
