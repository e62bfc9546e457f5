package org.firstshift.integration.scim;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScimFilterTest {
    private static final String E = ScimSchemas.ENTERPRISE;

    private static Map<String, Object> anna() {
        String json = """
                {"id":"42","externalId":"HR-42","userName":"anna.petrova","active":true,
                 "name":{"formatted":"Anna Petrova","givenName":"Anna","familyName":"Petrova"},
                 "emails":[{"value":"anna@northwind.example","type":"work","primary":true},
                           {"value":"anna@home.example","type":"home"}],
                 "%s":{"employeeNumber":"NW-1001"},
                 "meta":{"lastModified":"2026-03-01T10:00:00Z"}}""".formatted(E);
        return Tree.object(Json.createReader(new StringReader(json)).readObject());
    }

    private static boolean matches(String filter) {
        return ScimFilter.parse(filter, ScimSchemas.USER).test(anna());
    }

    @Test
    void comparesStringsWithoutRegardToCaseExceptExternalId() {
        assertTrue(matches("userName eq \"Anna.Petrova\""));
        assertTrue(matches("USERNAME Eq \"anna.petrova\""));
        assertFalse(matches("userName eq \"anna\""));
        assertTrue(matches("externalId eq \"HR-42\""));
        assertFalse(matches("externalId eq \"hr-42\""));
    }

    @Test
    void containsStartsWithEndsWithAndPresent() {
        assertTrue(matches("name.familyName co \"etro\""));
        assertTrue(matches("name.familyName sw \"pet\""));
        assertTrue(matches("userName ew \"petrova\""));
        assertFalse(matches("name.familyName sw \"ova\""));
        assertTrue(matches("emails pr"));
        assertFalse(matches("nickName pr"));
    }

    @Test
    void multiValuedAttributesMatchAnyValueAndValuePathsFilterElements() {
        assertTrue(matches("emails co \"home.example\""));
        assertTrue(matches("emails[type eq \"work\" and value co \"northwind\"]"));
        assertFalse(matches("emails[type eq \"home\" and value co \"northwind\"]"));
        assertTrue(matches("emails.type eq \"home\""));
    }

    @Test
    void booleansAndOrNotAndGrouping() {
        assertTrue(matches("active eq true"));
        assertFalse(matches("active eq false"));
        assertTrue(matches("active eq false or userName sw \"anna\""));
        assertFalse(matches("active eq false and userName sw \"anna\""));
        assertTrue(matches("not (active eq false)"));
        assertTrue(matches("(userName eq \"x\" or userName eq \"anna.petrova\") and active eq true"));
        // and binds tighter than or
        assertTrue(matches("userName eq \"anna.petrova\" or userName eq \"x\" and active eq false"));
    }

    @Test
    void datesCompareAsInstantsAndExtensionsByUrn() {
        assertTrue(matches("meta.lastModified gt \"2026-02-28T23:59:59Z\""));
        assertTrue(matches("meta.lastModified gt \"2026-03-01T11:00:00+02:00\""));
        assertFalse(matches("meta.lastModified gt \"2026-03-01T10:00:00Z\""));
        assertTrue(matches("meta.lastModified ge \"2026-03-01T10:00:00Z\""));
        assertTrue(matches(E + ":employeeNumber eq \"NW-1001\""));
        assertTrue(matches(ScimSchemas.USER + ":userName eq \"anna.petrova\""));
    }

    @Test
    void badFiltersAreInvalidFilterErrorsThatSayWhere() {
        ScimException e = assertThrows(ScimException.class, () -> ScimFilter.parse("userName xx \"a\"", ScimSchemas.USER));
        assertEquals("invalidFilter", e.scimType());
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("xx"), e.getMessage());
        assertEquals("invalidFilter", assertThrows(ScimException.class,
                () -> ScimFilter.parse("userName eq \"open", ScimSchemas.USER)).scimType());
        assertEquals("invalidFilter", assertThrows(ScimException.class,
                () -> ScimFilter.parse("(userName eq \"a\"", ScimSchemas.USER)).scimType());
        assertEquals("invalidFilter", assertThrows(ScimException.class,
                () -> ScimFilter.parse("userName eq", ScimSchemas.USER)).scimType());
        assertEquals("invalidFilter", assertThrows(ScimException.class,
                () -> ScimFilter.parse("active gt true", ScimSchemas.USER)).scimType());
        assertEquals("invalidFilter", assertThrows(ScimException.class,
                () -> ScimFilter.parse("userName eq \"a\" extra", ScimSchemas.USER)).scimType());
    }
}
