package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Optional;

/**
 * Inverse functional identifiers (IFI): the one property that identifies an agent or identified
 * group. Written as one string ({@code mbox:mailto:a@b}, {@code account:homePage|name}...) so that
 * filters compare plain column values.
 */
public final class Agents {
    public static final String[] IFI_PROPERTIES = {"mbox", "mbox_sha1sum", "openid", "account"};

    private Agents() {
    }

    /** The IFI key of an agent or identified group, or empty for an anonymous group or an invalid agent. */
    public static Optional<String> ifi(JsonObject agent) {
        if (agent == null) {
            return Optional.empty();
        }
        if (agent.get("mbox") instanceof jakarta.json.JsonString s) {
            return Optional.of("mbox:" + s.getString().toLowerCase(java.util.Locale.ROOT));
        }
        if (agent.get("mbox_sha1sum") instanceof jakarta.json.JsonString s) {
            return Optional.of("sha1:" + s.getString().toLowerCase(java.util.Locale.ROOT));
        }
        if (agent.get("openid") instanceof jakarta.json.JsonString s) {
            return Optional.of("openid:" + s.getString());
        }
        if (agent.get("account") instanceof JsonObject account
                && account.get("homePage") instanceof jakarta.json.JsonString home
                && account.get("name") instanceof jakarta.json.JsonString name) {
            return Optional.of("account:" + home.getString() + "|" + name.getString());
        }
        return Optional.empty();
    }

    /** The agent reduced to its object type and IFI (the {@code ids} format). */
    public static JsonObject idsOnly(JsonObject agent) {
        JsonObjectBuilder b = JsonP.JSON.createObjectBuilder();
        if (agent.containsKey("objectType")) {
            b.add("objectType", agent.get("objectType"));
        }
        for (String p : IFI_PROPERTIES) {
            JsonValue v = agent.get(p);
            if (v != null) {
                b.add(p, v);
            }
        }
        if (!hasIfi(agent) && agent.get("member") != null) {
            var members = JsonP.JSON.createArrayBuilder();
            agent.getJsonArray("member").forEach(m -> members.add(idsOnly(m.asJsonObject())));
            b.add("member", members);
        }
        return b.build();
    }

    static boolean hasIfi(JsonObject agent) {
        for (String p : IFI_PROPERTIES) {
            if (agent.containsKey(p)) {
                return true;
            }
        }
        return false;
    }
}
