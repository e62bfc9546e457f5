package org.firstshift.integration.scim;

import java.util.Locale;

/**
 * An attribute path as in RFC 7644 3.10: an optional schema URN, an attribute and an optional
 * sub-attribute, e.g. {@code name.familyName} or
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber}.
 */
record AttributePath(String schema, String attribute, String subAttribute) {

    static AttributePath parse(String text) {
        String t = text.strip();
        String schema = null;
        if (t.toLowerCase(Locale.ROOT).startsWith("urn:")) {
            int colon = t.lastIndexOf(':');
            schema = t.substring(0, colon);
            t = t.substring(colon + 1);
        }
        if (t.isEmpty() || !t.matches("[A-Za-z$][A-Za-z0-9_$-]*(\\.[A-Za-z$][A-Za-z0-9_$-]*)?")) {
            throw ScimException.invalidPath("'" + text + "' is not an attribute path");
        }
        int dot = t.indexOf('.');
        return dot < 0 ? new AttributePath(schema, t, null) : new AttributePath(schema, t.substring(0, dot), t.substring(dot + 1));
    }

    /** The core schema's attributes live at the top level; only extension schemas are nested. */
    java.util.Map<String, Object> container(java.util.Map<String, Object> resource, String coreSchema, boolean create) {
        if (schema == null || schema.equalsIgnoreCase(coreSchema)) {
            return resource;
        }
        String k = Tree.key(resource, schema);
        if (k == null) {
            if (!create) {
                return null;
            }
            java.util.Map<String, Object> ext = new java.util.LinkedHashMap<>();
            resource.put(schema, ext);
            return ext;
        }
        return Tree.map(resource.get(k));
    }

    @Override
    public String toString() {
        return (schema == null ? "" : schema + ":") + attribute + (subAttribute == null ? "" : "." + subAttribute);
    }
}
