package org.firstshift.integration.scim;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SCIM resources as plain mutable trees (maps, lists, strings, numbers, booleans) so that filters
 * and PATCH work on one shape; converted from and to JSON-P at the edges. SCIM attribute names are
 * case-insensitive (RFC 7643 2.1), so look-ups here ignore case.
 */
final class Tree {
    private Tree() {
    }

    static Object of(JsonValue v) {
        if (v == null) {
            return null;
        }
        switch (v.getValueType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                v.asJsonObject().forEach((k, x) -> m.put(k, of(x)));
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>();
                v.asJsonArray().forEach(x -> l.add(of(x)));
                return l;
            }
            case STRING:
                return ((JsonString) v).getString();
            case NUMBER:
                return ((JsonNumber) v).bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JsonObject o) {
        return (Map<String, Object>) of(o);
    }

    @SuppressWarnings("unchecked")
    static JsonValue json(Object o) {
        if (o == null) {
            return JsonValue.NULL;
        }
        if (o instanceof Map<?, ?> m) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            ((Map<String, Object>) m).forEach((k, v) -> b.add(k, json(v)));
            return b.build();
        }
        if (o instanceof List<?> l) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            l.forEach(v -> b.add(json(v)));
            return b.build();
        }
        if (o instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (o instanceof BigDecimal n) {
            return Json.createValue(n);
        }
        if (o instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        return Json.createValue(o.toString());
    }

    static JsonObject jsonObject(Map<String, Object> m) {
        return (JsonObject) json(m);
    }

    /** The key in {@code m} that equals {@code name} ignoring case, or null. */
    static String key(Map<String, Object> m, String name) {
        if (m.containsKey(name)) {
            return name;
        }
        for (String k : m.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    static Object get(Map<String, Object> m, String name) {
        String k = key(m, name);
        return k == null ? null : m.get(k);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static JsonArray emptyArray() {
        return Json.createArrayBuilder().build();
    }
}
