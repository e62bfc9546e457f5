package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a (valid) statement is found by: the columns of the plain filters and every activity and
 * agent it mentions anywhere, for {@code related_activities} and {@code related_agents}.
 */
public record StatementIndex(String statementId, String actorIfi, String verbId, String objectActivity,
                             String objectAgentIfi, String targetStatement, String registration, boolean voiding,
                             Set<String> activities, Set<String> agents) {

    public static StatementIndex of(JsonObject s) {
        JsonObject object = s.getJsonObject("object");
        String type = object.getString("objectType", "Activity");
        String verb = s.getJsonObject("verb").getString("id");
        boolean voiding = StatementValidator.VOIDED.equals(verb);
        Set<String> activities = new LinkedHashSet<>();
        Set<String> agents = new LinkedHashSet<>();
        mentions(s, activities, agents);
        if (s.get("authority") instanceof JsonObject authority) {
            actor(authority, agents);
        }
        JsonObject context = s.getJsonObject("context");
        String registration = context != null && context.get("registration") instanceof jakarta.json.JsonString r
                ? r.getString().toLowerCase(java.util.Locale.ROOT) : null;
        return new StatementIndex(s.getString("id"), Agents.ifi(s.getJsonObject("actor")).orElse(null), verb,
                "Activity".equals(type) ? object.getString("id") : null,
                "Agent".equals(type) || "Group".equals(type) ? Agents.ifi(object).orElse(null) : null,
                "StatementRef".equals(type) && voiding ? object.getString("id").toLowerCase(java.util.Locale.ROOT) : null,
                registration, voiding, activities, agents);
    }

    /** Activities and agents of a statement or sub-statement. */
    private static void mentions(JsonObject s, Set<String> activities, Set<String> agents) {
        actor(s.getJsonObject("actor"), agents);
        JsonObject object = s.getJsonObject("object");
        switch (object.getString("objectType", "Activity")) {
            case "Activity" -> activities.add(object.getString("id"));
            case "Agent", "Group" -> actor(object, agents);
            case "SubStatement" -> mentions(object, activities, agents);
            default -> { }
        }
        if (s.get("context") instanceof JsonObject c) {
            if (c.get("instructor") instanceof JsonObject i) {
                actor(i, agents);
            }
            if (c.get("team") instanceof JsonObject t) {
                actor(t, agents);
            }
            if (c.get("contextActivities") instanceof JsonObject ca) {
                for (JsonValue v : ca.values()) {
                    if (v instanceof JsonArray list) {
                        list.forEach(a -> activities.add(a.asJsonObject().getString("id")));
                    } else if (v instanceof JsonObject a) {
                        activities.add(a.getString("id"));
                    }
                }
            }
            if (c.get("contextAgents") instanceof JsonArray list) {
                list.forEach(a -> actor(a.asJsonObject().getJsonObject("agent"), agents));
            }
            if (c.get("contextGroups") instanceof JsonArray list) {
                list.forEach(g -> actor(g.asJsonObject().getJsonObject("group"), agents));
            }
        }
    }

    private static void actor(JsonObject a, Set<String> agents) {
        if (a == null) {
            return;
        }
        Agents.ifi(a).ifPresent(agents::add);
        if (a.get("member") instanceof JsonArray members) {
            members.forEach(m -> Agents.ifi(m.asJsonObject()).ifPresent(agents::add));
        }
    }
}
