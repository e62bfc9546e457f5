package org.firstshift.integration.scim;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScimPatchTest {
    private static final String FS = ScimSchemas.FIRSTSHIFT;

    private static Map<String, Object> json(String s) {
        return Tree.object(Json.createReader(new StringReader(s)).readObject());
    }

    private static Map<String, Object> user() {
        return json("""
                {"id":"7","userName":"tom","active":true,"name":{"formatted":"Tom Hale","familyName":"Hale"},
                 "emails":[{"value":"tom@work.example","type":"work"},{"value":"tom@home.example","type":"home"}],
                 "%s":{"hireDate":"2026-01-05","position":"CASHIER","location":"STORE-MALL","payGrade":"G1"}}""".formatted(FS));
    }

    private static Map<String, Object> patch(String operations) {
        return json("{\"schemas\":[\"" + ScimPatch.SCHEMA + "\"],\"Operations\":" + operations + "}");
    }

    @Test
    void replaceActiveWithAPathAndWithoutOne() {
        Map<String, Object> u = user();
        ScimPatch.apply(u, patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]"), ScimSchemas.USER);
        assertEquals(false, u.get("active"));
        ScimPatch.apply(u, patch("[{\"op\":\"Replace\",\"value\":{\"active\":true,\"name\":{\"formatted\":\"Tom B. Hale\"}}}]"), ScimSchemas.USER);
        assertEquals(true, u.get("active"));
        assertEquals("Tom B. Hale", Tree.map(u.get("name")).get("formatted"));
        assertEquals("Hale", Tree.map(u.get("name")).get("familyName"), "a complex replace keeps sub-attributes it does not name");
    }

    @Test
    void extensionAttributesByUrnPathAndInAValueObject() {
        Map<String, Object> u = user();
        ScimPatch.apply(u, patch("[{\"op\":\"replace\",\"path\":\"" + FS + ":position\",\"value\":\"SALES_CONSULTANT\"}]"), ScimSchemas.USER);
        assertEquals("SALES_CONSULTANT", Tree.map(u.get(FS)).get("position"));
        ScimPatch.apply(u, patch("[{\"op\":\"add\",\"value\":{\"" + FS + "\":{\"location\":\"STORE-CENTRAL\"}}}]"), ScimSchemas.USER);
        assertEquals("STORE-CENTRAL", Tree.map(u.get(FS)).get("location"));
        assertEquals("2026-01-05", Tree.map(u.get(FS)).get("hireDate"));
        ScimPatch.apply(u, patch("[{\"op\":\"remove\",\"path\":\"" + FS + ":payGrade\"}]"), ScimSchemas.USER);
        assertFalse(Tree.map(u.get(FS)).containsKey("payGrade"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void valuePathsAddReplaceAndRemoveElements() {
        Map<String, Object> u = user();
        ScimPatch.apply(u, patch("[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"t.hale@work.example\"}]"), ScimSchemas.USER);
        List<Object> emails = (List<Object>) u.get("emails");
        assertEquals("t.hale@work.example", Tree.map(emails.get(0)).get("value"));
        ScimPatch.apply(u, patch("[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"home\\\"]\"}]"), ScimSchemas.USER);
        assertEquals(1, ((List<Object>) u.get("emails")).size());
        ScimPatch.apply(u, patch("[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"x@y.example\",\"type\":\"other\"}]}]"), ScimSchemas.USER);
        assertEquals(2, ((List<Object>) u.get("emails")).size());
        ScimPatch.apply(u, patch("[{\"op\":\"remove\",\"path\":\"name.familyName\"}]"), ScimSchemas.USER);
        assertNull(Tree.map(u.get("name")).get("familyName"));
    }

    @Test
    void refusalsNameTheirKind() {
        assertEquals("noTarget", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                patch("[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"fax\\\"].value\",\"value\":\"a@b.c\"}]"), ScimSchemas.USER)).scimType());
        assertEquals("mutability", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                patch("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"8\"}]"), ScimSchemas.USER)).scimType());
        assertEquals("invalidValue", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                patch("[{\"op\":\"move\",\"path\":\"active\",\"value\":true}]"), ScimSchemas.USER)).scimType());
        assertEquals("noTarget", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                patch("[{\"op\":\"remove\"}]"), ScimSchemas.USER)).scimType());
        assertEquals("invalidPath", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                patch("[{\"op\":\"replace\",\"path\":\"emails[type eq\",\"value\":1}]"), ScimSchemas.USER)).scimType());
        assertEquals("invalidValue", assertThrows(ScimException.class, () -> ScimPatch.apply(user(),
                json("{\"Operations\":[{\"op\":\"remove\",\"path\":\"active\"}]}"), ScimSchemas.USER)).scimType());
    }
}
