package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The three answer formats of a statement query: {@code exact} (as stored), {@code ids} (agents,
 * activities and verbs reduced to their identifiers) and {@code canonical} (every language map
 * reduced to the one language the caller prefers, by Accept-Language).
 */
public final class StatementFormat {
    private static final Set<String> LANGUAGE_MAPS = Set.of("display", "name", "description");

    private StatementFormat() {
    }

    public static JsonObject apply(JsonObject statement, StatementQuery.Format format, List<Locale.LanguageRange> languages) {
        return switch (format) {
            case EXACT -> statement;
            case IDS -> ids(statement);
            case CANONICAL -> (JsonObject) canonical(statement, null, languages);
        };
    }

    private static JsonObject ids(JsonObject s) {
        JsonObjectBuilder b = JsonP.JSON.createObjectBuilder(s);
        b.add("actor", Agents.idsOnly(s.getJsonObject("actor")));
        b.add("verb", JsonP.JSON.createObjectBuilder().add("id", s.getJsonObject("verb").getString("id")));
        JsonObject object = s.getJsonObject("object");
        switch (object.getString("objectType", "Activity")) {
            case "Activity" -> b.add("object", activityIds(object));
            case "Agent", "Group" -> b.add("object", Agents.idsOnly(object));
            case "SubStatement" -> b.add("object", ids(object));
            default -> { }
        }
        if (s.get("authority") instanceof JsonObject a) {
            b.add("authority", Agents.idsOnly(a));
        }
        if (s.get("context") instanceof JsonObject c) {
            JsonObjectBuilder cb = JsonP.JSON.createObjectBuilder(c);
            if (c.get("instructor") instanceof JsonObject i) {
                cb.add("instructor", Agents.idsOnly(i));
            }
            if (c.get("team") instanceof JsonObject t) {
                cb.add("team", Agents.idsOnly(t));
            }
            if (c.get("contextActivities") instanceof JsonObject ca) {
                JsonObjectBuilder cab = JsonP.JSON.createObjectBuilder();
                for (var e : ca.entrySet()) {
                    if (e.getValue() instanceof JsonArray list) {
                        JsonArrayBuilder ab = JsonP.JSON.createArrayBuilder();
                        list.forEach(a -> ab.add(activityIds(a.asJsonObject())));
                        cab.add(e.getKey(), ab);
                    } else {
                        cab.add(e.getKey(), activityIds(e.getValue().asJsonObject()));
                    }
                }
                cb.add("contextActivities", cab);
            }
            b.add("context", cb);
        }
        return b.build();
    }

    private static JsonObject activityIds(JsonObject a) {
        JsonObjectBuilder b = JsonP.JSON.createObjectBuilder();
        if (a.containsKey("objectType")) {
            b.add("objectType", a.get("objectType"));
        }
        return b.add("id", a.getString("id")).build();
    }

    private static JsonValue canonical(JsonValue v, String key, List<Locale.LanguageRange> languages) {
        if (v instanceof JsonObject o) {
            if (key != null && LANGUAGE_MAPS.contains(key) && o.values().stream().allMatch(x -> x instanceof JsonString)) {
                return pick(o, languages);
            }
            if ("extensions".equals(key)) {
                return o;
            }
            JsonObjectBuilder b = JsonP.JSON.createObjectBuilder();
            o.forEach((k, x) -> b.add(k, canonical(x, k, languages)));
            return b.build();
        }
        if (v instanceof JsonArray a) {
            JsonArrayBuilder b = JsonP.JSON.createArrayBuilder();
            a.forEach(x -> b.add(canonical(x, null, languages)));
            return b.build();
        }
        return v;
    }

    /** One entry of a language map: the best match for the caller's languages, else the first. */
    static JsonObject pick(JsonObject map, List<Locale.LanguageRange> languages) {
        if (map.isEmpty()) {
            return map;
        }
        List<String> tags = List.copyOf(map.keySet());
        List<String> matches = Locale.filterTags(languages, tags);
        String chosen = matches.isEmpty() ? tags.get(0) : matches.get(0);
        // filterTags lower-cases; find the original key again.
        for (String t : tags) {
            if (t.equalsIgnoreCase(chosen)) {
                return JsonP.JSON.createObjectBuilder().add(t, map.get(t)).build();
            }
        }
        return JsonP.JSON.createObjectBuilder().add(tags.get(0), map.get(tags.get(0))).build();
    }
}
