package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCIM 2.0 conformance-style checks against the running server, as an HR system would provision:
 * create, read, replace, patch, filter, page, deactivate, groups, and RFC 7644 errors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScimIT {
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String FS = "urn:firstshift:params:scim:schemas:extension:2.0:User";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String SCIM_JSON = "application/scim+json";

    @ArquillianResource
    URL base;

    private static String token;

    private Api scim() {
        if (token == null) {
            token = IntegrationTokens.service(base, "scim");
        }
        return Api.withBearer(base, token);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toLowerCase();
    }

    static String user(String userName, String number, String given, String family, String position) {
        return """
                {"schemas": ["%s", "%s", "%s"],
                 "userName": "%s", "externalId": "ext-%s",
                 "name": {"givenName": "%s", "familyName": "%s"},
                 "emails": [{"value": "%s@northwind.example", "type": "work", "primary": true}],
                 "preferredLanguage": "ru-RU", "active": true,
                 "%s": {"employeeNumber": "%s"},
                 "%s": {"hireDate": "2026-02-02", "position": "%s", "location": "STORE-MALL", "payGrade": "G1"}}"""
                .formatted(USER, ENTERPRISE, FS, userName, number, given, family, userName, ENTERPRISE, number, FS, position);
    }

    private JsonObject create(String userName, String family, String position) {
        Api.Reply r = scim().post("/scim/v2/Users", SCIM_JSON, user(userName, "SC-" + unique().toUpperCase(), "Test", family, position));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static void assertScimError(Api.Reply r, int status, String scimType) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith(SCIM_JSON), r.header("Content-Type"));
        JsonObject e = r.json();
        assertEquals(ERROR, e.getJsonArray("schemas").getString(0));
        assertEquals(String.valueOf(status), e.getString("status"));
        if (scimType != null) {
            assertEquals(scimType, e.getString("scimType"), r::toString);
        }
        assertFalse(e.getString("detail").isBlank());
    }

    private static long activeEnrolments(long employeeId, String program) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM enrolment e JOIN program p ON p.id = e.program_id "
                + "WHERE e.employee_id = ? AND p.code = ? AND e.active = ?", employeeId, program, true);
    }

    @Test
    void theServiceProviderConfigAnswersAnAdminsServiceToken() {
        Api.Reply r = scim().get("/scim/v2/ServiceProviderConfig");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getJsonObject("patch").getBoolean("supported"));
        assertTrue(r.json().getJsonObject("filter").getBoolean("supported"));
        assertEquals("oauthbearertoken", r.json().getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"));
        JsonObject types = scim().get("/scim/v2/ResourceTypes").json();
        assertEquals(2, types.getInt("totalResults"));
        JsonObject schemas = scim().get("/scim/v2/Schemas").json();
        assertTrue(schemas.getJsonArray("Resources").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("id").equals(ENTERPRISE)));
        assertEquals(200, scim().get("/scim/v2/Schemas/" + FS).status());
    }

    @Test
    void withoutATokenIs401AndATokenWithoutTheScimScopeIs403() {
        assertScimError(Api.anonymous(base).get("/scim/v2/Users"), 401, null);
        assertScimError(Api.withBearer(base, "fs_" + "x".repeat(43)).get("/scim/v2/Users"), 401, null);
        String webhooksOnly = IntegrationTokens.service(base, "webhooks");
        assertScimError(Api.withBearer(base, webhooksOnly).get("/scim/v2/ServiceProviderConfig"), 403, null);
        // HTTP Basic as the admin is not a SCIM credential either.
        assertScimError(Api.as(base, "admin").get("/scim/v2/Users"), 403, null);
    }

    @Test
    void createReadReplaceAndTheProgramFollowsThePosition() throws Exception {
        String name = "scim." + unique();
        JsonObject created = create(name, "Ivanova", "CASHIER");
        String id = created.getString("id");
        assertEquals(name, created.getString("userName"));
        assertEquals("ext-" + created.getJsonObject(ENTERPRISE).getString("employeeNumber"), created.getString("externalId"));
        assertEquals("Test Ivanova", created.getJsonObject("name").getString("formatted"));
        assertEquals("ru", created.getString("preferredLanguage"));
        assertEquals("CASHIER", created.getJsonObject(FS).getString("position"));
        assertNotNull(created.getJsonObject("meta").getString("lastModified"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = ? AND active = ?", name, true));
        assertEquals(1, activeEnrolments(Long.parseLong(id), "ONBOARD-CASHIER"), "provisioning assigns the program");

        Api.Reply read = scim().get("/scim/v2/Users/" + id);
        assertEquals(200, read.status(), read::toString);
        assertNotNull(read.header("ETag"));
        assertEquals(name, read.json().getString("userName"));

        String number = created.getJsonObject(ENTERPRISE).getString("employeeNumber");
        Api.Reply replaced = scim().send("PUT", "/scim/v2/Users/" + id, SCIM_JSON,
                user(name, number, "Test", "Ivanova-Smirnova", "SALES_CONSULTANT"));
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("Ivanova-Smirnova", replaced.json().getJsonObject("name").getString("familyName"));
        assertEquals("SALES_CONSULTANT", replaced.json().getJsonObject(FS).getString("position"));
        assertEquals(1, activeEnrolments(Long.parseLong(id), "ONBOARD-SALES"), "a move re-evaluates the program");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employee' AND entity_id = ? "
                + "AND before_state LIKE '%CASHIER%' AND after_state LIKE '%SALES_CONSULTANT%'", id));
    }

    @Test
    void patchReplacesAddsAndRemovesWithPathsIncludingActive() throws Exception {
        String id = create("scim." + unique(), "Patchova", "CASHIER").getString("id");
        Api.Reply r = scim().send("PATCH", "/scim/v2/Users/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [
                  {"op": "replace", "path": "emails[type eq \\"work\\"].value", "value": "new.address@northwind.example"},
                  {"op": "replace", "path": "%s:location", "value": "STORE-CENTRAL"},
                  {"op": "remove", "path": "%s:payGrade"},
                  {"op": "add", "path": "%s:manager", "value": {"value": "%s"}}
                ]}""".formatted(PATCH, FS, FS, ENTERPRISE, managerId()));
        assertEquals(200, r.status(), r::toString);
        JsonObject u = r.json();
        assertEquals("new.address@northwind.example", u.getJsonArray("emails").getJsonObject(0).getString("value"));
        assertEquals("STORE-CENTRAL", u.getJsonObject(FS).getString("location"));
        assertFalse(u.getJsonObject(FS).containsKey("payGrade"));
        assertEquals(managerId(), u.getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"));

        Api.Reply off = scim().send("PATCH", "/scim/v2/Users/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "replace", "path": "active", "value": false}]}""".formatted(PATCH));
        assertEquals(200, off.status(), off::toString);
        assertFalse(off.json().getBoolean("active"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE id = ? AND active = ?", Long.parseLong(id), false));

        Api.Reply on = scim().send("PATCH", "/scim/v2/Users/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "replace", "value": {"active": "True"}}]}""".formatted(PATCH));
        assertEquals(200, on.status(), on::toString);
        assertTrue(on.json().getBoolean("active"), "Azure-style string booleans are understood");

        assertScimError(scim().send("PATCH", "/scim/v2/Users/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "replace", "path": "userName", "value": "someone.else"}]}""".formatted(PATCH)),
                400, "mutability");
        assertScimError(scim().send("PATCH", "/scim/v2/Users/" + id, SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "replace", "path": "%s:position", "value": "ASTRONAUT"}]}""".formatted(PATCH, FS)),
                400, "invalidValue");
        assertEquals("STORE-CENTRAL", scim().get("/scim/v2/Users/" + id).json().getJsonObject(FS).getString("location"),
                "a refused PATCH changes nothing");
    }

    private String managerId() {
        return scim().get("/scim/v2/Users?filter=" + enc("userName eq \"mentor\"")).json()
                .getJsonArray("Resources").getJsonObject(0).getString("id");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void filtersAndPages() {
        String family = "Zq" + unique();
        String a = create("scim." + unique(), family + "a", "CASHIER").getString("id");
        create("scim." + unique(), family + "b", "CASHIER");
        String c = create("scim." + unique(), family + "c", "SALES_CONSULTANT").getString("id");
        Instant before = Instant.now().minusSeconds(3600);

        JsonObject all = scim().get("/scim/v2/Users?filter=" + enc("name.familyName sw \"" + family + "\"")
                + "&sortBy=name.familyName").json();
        assertEquals(3, all.getInt("totalResults"));
        assertEquals(a, all.getJsonArray("Resources").getJsonObject(0).getString("id"));

        JsonObject page = scim().get("/scim/v2/Users?filter=" + enc("name.familyName sw \"" + family + "\"")
                + "&sortBy=name.familyName&startIndex=2&count=1").json();
        assertEquals(3, page.getInt("totalResults"));
        assertEquals(1, page.getInt("itemsPerPage"));
        assertEquals(2, page.getInt("startIndex"));

        JsonObject andOr = scim().get("/scim/v2/Users?filter=" + enc("name.familyName co \"" + family.substring(2)
                + "\" and (" + FS + ":position eq \"SALES_CONSULTANT\" or externalId eq \"nobody\") and active eq true"
                + " and meta.lastModified gt \"" + before + "\" and emails pr")).json();
        assertEquals(1, andOr.getInt("totalResults"), andOr::toString);
        assertEquals(c, andOr.getJsonArray("Resources").getJsonObject(0).getString("id"));

        JsonObject byEmail = scim().get("/scim/v2/Users?filter=" + enc("emails co \"" + family.toLowerCase() + "\"")).json();
        assertEquals(0, byEmail.getInt("totalResults"), "e-mails are the user names here, not the family names");

        assertScimError(scim().get("/scim/v2/Users?filter=" + enc("name.familyName zz \"x\"")), 400, "invalidFilter");
        assertScimError(scim().get("/scim/v2/Users?filter=" + enc("(userName eq \"x\"")), 400, "invalidFilter");
    }

    @Test
    void deleteDeactivatesAndKeepsHistory() throws Exception {
        String name = "scim." + unique();
        String id = create(name, "Deletova", "CASHIER").getString("id");
        Api.Reply deleted = scim().delete("/scim/v2/Users/" + id);
        assertEquals(204, deleted.status(), deleted::toString);
        Api.Reply after = scim().get("/scim/v2/Users/" + id);
        assertEquals(200, after.status(), "the employee is kept");
        assertFalse(after.json().getBoolean("active"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = ? AND active = ?", name, false));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employee' AND entity_id = ? "
                + "AND action = 'DEACTIVATED'", id));
        assertScimError(scim().get("/scim/v2/Users/999999999"), 404, null);
    }

    @Test
    void badPayloadsAreRefusedInTheScimErrorFormatAndWriteNothing() throws Exception {
        String name = "scim." + unique();
        create(name, "Uniqueva", "CASHIER");
        assertScimError(scim().post("/scim/v2/Users", SCIM_JSON, user(name, "SC-" + unique(), "Other", "Person", "CASHIER")),
                409, "uniqueness");
        assertScimError(scim().post("/scim/v2/Users", SCIM_JSON, "{\"userName\": \"broken\", "), 400, "invalidSyntax");
        String number = "SC-" + unique().toUpperCase();
        assertScimError(scim().post("/scim/v2/Users", SCIM_JSON,
                user("scim." + unique(), number, "No", "Place", "ASTRONAUT")), 400, "invalidValue");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number = ?", number));
        assertScimError(scim().post("/scim/v2/Users", SCIM_JSON, """
                {"schemas": ["%s"], "userName": "scim.%s", "name": {"formatted": "No Number"}}""".formatted(USER, unique())),
                400, "invalidValue");
        assertScimError(scim().get("/scim/v2/Users?count=lots"), 400, "invalidValue");
    }

    @Test
    void groupsAreRolesAndMembershipGrantsThemButNeverAdmin() throws Exception {
        JsonObject groups = scim().get("/scim/v2/Groups").json();
        assertEquals(6, groups.getInt("totalResults"));
        String name = "scim." + unique();
        String id = create(name, "Mentorova", "SALES_CONSULTANT").getString("id");
        Api.Reply added = scim().send("PATCH", "/scim/v2/Groups/MENTOR", SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "add", "path": "members", "value": [{"value": "%s"}]}]}"""
                .formatted(PATCH, id));
        assertEquals(200, added.status(), added::toString);
        assertTrue(added.json().getJsonArray("members").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("value").equals(id)));
        List<String> roles = scim().get("/scim/v2/Users/" + id).json().getJsonArray("groups").stream()
                .map(v -> v.asJsonObject().getString("value")).toList();
        assertTrue(roles.contains("MENTOR") && roles.contains("LEARNER"), roles::toString);

        Api.Reply removed = scim().send("PATCH", "/scim/v2/Groups/MENTOR", SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "remove", "path": "members[value eq \\"%s\\"]"}]}"""
                .formatted(PATCH, id));
        assertEquals(200, removed.status(), removed::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
                + "WHERE a.username = ? AND r.role = 'MENTOR'", name));

        assertScimError(scim().send("PATCH", "/scim/v2/Groups/ADMIN", SCIM_JSON, """
                {"schemas": ["%s"], "Operations": [{"op": "add", "path": "members", "value": [{"value": "%s"}]}]}"""
                .formatted(PATCH, id)), 400, "mutability");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
                + "WHERE a.username = ? AND r.role = 'ADMIN'", name));
        assertScimError(scim().post("/scim/v2/Groups", SCIM_JSON, "{\"displayName\": \"NEW\"}"), 400, "mutability");
        assertScimError(scim().get("/scim/v2/Groups/NOPE"), 404, null);
    }
}
