package org.firstshift.integration.scim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies a PatchOp (RFC 7644 3.5.2) to a resource tree: {@code add}, {@code replace} and
 * {@code remove}, with or without a path, paths with a sub-attribute or a schema URN, and value
 * paths such as {@code emails[type eq "work"].value}. The caller then saves the changed tree the
 * same way as a PUT, so a PATCH and a PUT cannot disagree on what an attribute means.
 */
public final class ScimPatch {
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Set<String> READ_ONLY = Set.of("id", "meta", "groups", "schemas");

    private ScimPatch() {
    }

    /** Applies every operation in order; the first bad one stops with its error (nothing is saved then). */
    public static void apply(Map<String, Object> resource, Map<String, Object> patch, String coreSchema) {
        Object schemas = Tree.get(patch, "schemas");
        if (!(schemas instanceof List<?> list) || list.stream().noneMatch(s -> SCHEMA.equals(s))) {
            throw ScimException.invalidValue("a PATCH body needs \"schemas\": [\"" + SCHEMA + "\"]");
        }
        Object operations = Tree.get(patch, "Operations");
        if (!(operations instanceof List<?> ops) || ops.isEmpty()) {
            throw ScimException.invalidValue("a PATCH body needs a non-empty \"Operations\" array");
        }
        int n = 0;
        for (Object o : ops) {
            n++;
            Map<String, Object> op = Tree.map(o);
            if (op == null || !(Tree.get(op, "op") instanceof String name)) {
                throw ScimException.invalidValue("operation " + n + " needs an \"op\" (add, replace or remove)");
            }
            Object path = Tree.get(op, "path");
            if (path != null && !(path instanceof String)) {
                throw ScimException.invalidPath("operation " + n + ": \"path\" must be a string");
            }
            Object value = Tree.get(op, "value");
            switch (name.toLowerCase(Locale.ROOT)) {
                case "add":
                    write(resource, (String) path, value, false, coreSchema, n);
                    break;
                case "replace":
                    write(resource, (String) path, value, true, coreSchema, n);
                    break;
                case "remove":
                    remove(resource, (String) path, coreSchema, n);
                    break;
                default:
                    throw ScimException.invalidValue("operation " + n + ": '" + name + "' is not add, replace or remove");
            }
        }
    }

    /** A PATCH path: an attribute path, optionally with a value filter and a sub-attribute after it. */
    record Target(AttributePath path, ScimFilter.Node filter, String subAfterFilter) {
        static Target parse(String text, String coreSchema) {
            int open = text.indexOf('[');
            if (open < 0) {
                return new Target(AttributePath.parse(text), null, null);
            }
            int close = text.lastIndexOf(']');
            if (close < open) {
                throw ScimException.invalidPath("'" + text + "': '[' is not closed");
            }
            AttributePath attr = AttributePath.parse(text.substring(0, open));
            if (attr.subAttribute() != null) {
                throw ScimException.invalidPath("'" + text + "': a value filter follows an attribute, not a sub-attribute");
            }
            ScimFilter.Node filter;
            try {
                filter = ScimFilter.parse(text.substring(open + 1, close), coreSchema);
            } catch (ScimException e) {
                throw ScimException.invalidPath("'" + text + "': " + e.getMessage());
            }
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.matches("\\.[A-Za-z$][A-Za-z0-9_$-]*")) {
                throw ScimException.invalidPath("'" + text + "': only '.subAttribute' may follow ']'");
            }
            return new Target(attr, filter, rest.isEmpty() ? null : rest.substring(1));
        }
    }

    private static void checkWritable(AttributePath path, int n) {
        if (path.schema() == null && READ_ONLY.contains(path.attribute().toLowerCase(Locale.ROOT))) {
            throw ScimException.mutability("operation " + n + ": '" + path.attribute() + "' is read-only");
        }
    }

    private static void write(Map<String, Object> resource, String path, Object value, boolean replace,
                              String coreSchema, int n) {
        if (value == null) {
            throw ScimException.invalidValue("operation " + n + " needs a \"value\"");
        }
        if (path == null || path.isBlank()) {
            Map<String, Object> values = Tree.map(value);
            if (values == null) {
                throw ScimException.invalidValue("operation " + n + ": without a path the value must be an object of attributes");
            }
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).startsWith("urn:") && Tree.map(e.getValue()) != null) {
                    // An extension's attributes, e.g. {"urn:...:enterprise:2.0:User": {"employeeNumber": "1"}}.
                    for (Map.Entry<String, Object> x : Tree.map(e.getValue()).entrySet()) {
                        write(resource, e.getKey() + ":" + x.getKey(), x.getValue(), replace, coreSchema, n);
                    }
                } else if (!e.getKey().equalsIgnoreCase("schemas")) {
                    write(resource, e.getKey(), e.getValue(), replace, coreSchema, n);
                }
            }
            return;
        }
        Target target = Target.parse(path, coreSchema);
        checkWritable(target.path(), n);
        Map<String, Object> container = target.path().container(resource, coreSchema, true);
        if (container == null) {
            throw ScimException.invalidPath("operation " + n + ": '" + path + "' does not name an attribute of this resource");
        }
        String attr = target.path().attribute();
        String key = Tree.key(container, attr);
        if (key == null) {
            key = attr;
        }
        if (target.filter() != null) {
            List<Map<String, Object>> matches = matching(container.get(key), target.filter());
            if (matches.isEmpty()) {
                throw ScimException.noTarget("operation " + n + ": no value of '" + attr + "' matches " + path);
            }
            for (Map<String, Object> m : matches) {
                if (target.subAfterFilter() != null) {
                    String sk = Tree.key(m, target.subAfterFilter());
                    m.put(sk == null ? target.subAfterFilter() : sk, value);
                } else if (Tree.map(value) != null) {
                    m.putAll(Tree.map(value));
                } else {
                    throw ScimException.invalidValue("operation " + n + ": the value for '" + path + "' must be an object");
                }
            }
            return;
        }
        if (target.path().subAttribute() != null) {
            Map<String, Object> complex = Tree.map(container.get(key));
            if (complex == null) {
                complex = new LinkedHashMap<>();
                container.put(key, complex);
            }
            String sk = Tree.key(complex, target.path().subAttribute());
            complex.put(sk == null ? target.path().subAttribute() : sk, value);
            return;
        }
        Object existing = container.get(key);
        if (existing instanceof List<?> list) {
            List<Object> merged = replace ? new ArrayList<>() : new ArrayList<>(list);
            if (value instanceof List<?> values) {
                merged.addAll(values);
            } else {
                merged.add(value);
            }
            container.put(key, merged);
        } else if (Tree.map(existing) != null && Tree.map(value) != null) {
            Tree.map(existing).putAll(Tree.map(value));
        } else {
            container.put(key, value instanceof Map<?, ?> m ? new LinkedHashMap<>(Tree.map(m)) : value);
        }
    }

    private static void remove(Map<String, Object> resource, String path, String coreSchema, int n) {
        if (path == null || path.isBlank()) {
            throw ScimException.noTarget("operation " + n + ": remove needs a path");
        }
        Target target = Target.parse(path, coreSchema);
        checkWritable(target.path(), n);
        Map<String, Object> container = target.path().container(resource, coreSchema, false);
        if (container == null) {
            return;
        }
        String key = Tree.key(container, target.path().attribute());
        if (key == null) {
            return;
        }
        if (target.filter() != null) {
            Object existing = container.get(key);
            List<Map<String, Object>> matches = matching(existing, target.filter());
            if (target.subAfterFilter() != null) {
                matches.forEach(m -> {
                    String sk = Tree.key(m, target.subAfterFilter());
                    if (sk != null) {
                        m.remove(sk);
                    }
                });
            } else if (existing instanceof List<?> list) {
                List<Object> kept = new ArrayList<>(list);
                kept.removeIf(x -> matches.stream().anyMatch(m -> m == x));
                container.put(key, kept);
            }
            return;
        }
        if (target.path().subAttribute() != null) {
            Object existing = container.get(key);
            List<Object> items = existing instanceof List<?> l ? new ArrayList<>(l) : List.of(existing);
            for (Object item : items) {
                Map<String, Object> m = Tree.map(item);
                if (m != null) {
                    String sk = Tree.key(m, target.path().subAttribute());
                    if (sk != null) {
                        m.remove(sk);
                    }
                }
            }
            return;
        }
        container.remove(key);
    }

    private static List<Map<String, Object>> matching(Object multi, ScimFilter.Node filter) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (multi instanceof List<?> list) {
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                Map<String, Object> m = Tree.map(it.next());
                if (m != null && filter.test(m)) {
                    out.add(m);
                }
            }
        } else if (Tree.map(multi) != null && filter.test(Tree.map(multi))) {
            out.add(Tree.map(multi));
        }
        return out;
    }
}
