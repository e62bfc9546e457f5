package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal and service tokens as Bearer credentials: scopes, revocation, expiry, privacy, OpenAPI roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensIT {

    @ArquillianResource
    URL base;

    @Test
    void aPersonalTokenActsAsItsOwnerAndIsShownOnlyOnce() throws Exception {
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/tokens",
                "{\"name\": \"payroll script\", \"scopes\": [\"hr\"], \"expiresInDays\": 30}");
        assertEquals(201, created.status(), created::toString);
        String token = created.json().getString("token");
        assertTrue(token.startsWith("fs_"), token);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM integration_api_token WHERE token_hash = ?", token),
                "the token itself is never stored");

        Api bearer = Api.withBearer(base, token);
        Api.Reply employees = bearer.get("/api/employees?q=petrova");
        assertEquals(200, employees.status(), employees::toString);
        assertEquals("hr", bearer.get("/api/me").json().getString("username"));

        JsonObject listed = Api.as(base, DemoUsers.HR).get("/api/tokens").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(!listed.containsKey("token") || listed.isNull("token"), "never shown again");
        assertEquals(token.substring(0, 9) + "…", listed.getString("hint"));
        assertTrue(listed.containsKey("lastUsedAt") && !listed.isNull("lastUsedAt"), "use is recorded");
        assertEquals("active", listed.getString("status"));
    }

    @Test
    void revokedAndExpiredTokensAreRefused() throws Exception {
        String token = IntegrationTokens.personal(base, "hr", "hr", "hr");
        Api bearer = Api.withBearer(base, token);
        assertEquals(200, bearer.get("/api/employees").status());
        long id = Api.as(base, DemoUsers.HR).get("/api/tokens").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> token.startsWith(t.getString("hint").replace("…", ""))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply revoked = Api.as(base, DemoUsers.HR).delete("/api/tokens/" + id);
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("revoked", revoked.json().getString("status"));
        Api.Reply refused = bearer.get("/api/employees");
        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));

        String expiring = IntegrationTokens.personal(base, "hr", "hr", "hr");
        assertEquals(200, Api.withBearer(base, expiring).get("/api/employees").status());
        // Time passing, behind the application's back: the token's expiry is now in the past.
        assertEquals(1, TestDatabase.update("UPDATE integration_api_token SET expires_at = ? WHERE token_hint = ? AND revoked_at IS NULL",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), expiring.substring(0, 9) + "…"));
        assertEquals(401, Api.withBearer(base, expiring).get("/api/employees").status());
        assertEquals(401, Api.withBearer(base, "fs_not-a-token").get("/api/employees").status());
    }

    @Test
    void scopesLimitTheRolesAndNeverExceedTheAccount() {
        // The mentor holds MENTOR and LEARNER; a learner-only token cannot use mentor endpoints.
        String learnerOnly = IntegrationTokens.personal(base, "mentor", "mentor", "learner");
        Api bearer = Api.withBearer(base, learnerOnly);
        assertEquals(200, bearer.get("/api/me").status());
        Api.Reply mentorEndpoint = bearer.get("/api/mentor/trainees");
        assertEquals(403, mentorEndpoint.status(), mentorEndpoint::toString);
        assertEquals(200, Api.as(base, "mentor").get("/api/mentor/trainees").status(), "the mentor with a password may");

        // An admin's token with only the scim scope is not an HR or admin credential on the API.
        Api scimOnly = Api.withBearer(base, IntegrationTokens.service(base, "scim"));
        assertEquals(403, scimOnly.get("/api/employees").status());

        Api.Reply tooMuch = Api.as(base, DemoUsers.HR).postJson("/api/tokens",
                "{\"name\": \"x\", \"scopes\": [\"admin\", \"scim\"], \"expiresInDays\": 1}");
        assertEquals(422, tooMuch.status(), tooMuch::toString);
        assertTrue(tooMuch.body().contains("admin") && tooMuch.body().contains("scim"), tooMuch::toString);
        Api.Reply tooLong = Api.as(base, DemoUsers.HR).postJson("/api/tokens",
                "{\"name\": \"x\", \"scopes\": [\"hr\"], \"expiresInDays\": 5000}");
        assertEquals(422, tooLong.status(), tooLong::toString);
        Api.Reply byToken = Api.withBearer(base, IntegrationTokens.personal(base, "hr", "hr", "hr")).postJson("/api/tokens",
                "{\"name\": \"child\", \"scopes\": [\"hr\"], \"expiresInDays\": 1}");
        assertEquals(422, byToken.status(), "a token cannot mint tokens: " + byToken);
    }

    @Test
    void nobodySeesOrRevokesAnotherPersonsTokens() {
        Api.Reply mine = Api.as(base, "daria").postJson("/api/tokens",
                "{\"name\": \"daria's\", \"scopes\": [\"learner\"], \"expiresInDays\": 1}");
        assertEquals(201, mine.status(), mine::toString);
        long id = mine.json().getJsonNumber("id").longValue();
        assertTrue(Api.as(base, "tom").get("/api/tokens").array().stream()
                .noneMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(404, Api.as(base, "tom").delete("/api/tokens/" + id).status());
        assertEquals(200, Api.withBearer(base, mine.json().getString("token")).get("/api/me").status(), "still works");
        assertEquals(403, Api.as(base, "tom").get("/api/service-tokens").status());
        assertEquals(403, Api.as(base, DemoUsers.HR).postJson("/api/service-tokens",
                "{\"name\": \"x\", \"scopes\": [\"scim\"], \"expiresInDays\": 1}").status());
        assertEquals(401, Api.anonymous(base).get("/api/tokens").status());
    }

    @Test
    void aDeactivatedAccountsTokensStopWorking() throws Exception {
        String username = "tok." + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply e = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"TK-%s","fullName":"Token Owner","hireDate":"2026-01-05","position":"CASHIER",
                 "location":"STORE-MALL","language":"en","username":"%s","roles":["LEARNER"]}""".formatted(username, username));
        assertEquals(201, e.status(), e::toString);
        // Accounts made through the API have no password; borrow the demo learner's hash ("tom").
        assertEquals(1, TestDatabase.update("UPDATE account SET password_hash = (SELECT password_hash FROM account WHERE username = 'tom') "
                + "WHERE username = ?", username));
        String token = IntegrationTokens.personal(base, username, "tom", "learner");
        assertEquals(200, Api.withBearer(base, token).get("/api/me").status());
        long id = e.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as(base, DemoUsers.HR).post("/api/employees/" + id + "/deactivate", "application/json", "").status());
        assertEquals(401, Api.withBearer(base, token).get("/api/me").status());
    }

    @Test
    void bearerDoesNotDisturbOtherSignIns() throws Exception {
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/api/employees").status(), "Basic still works");
        // A Bearer header on a page is not looked at: the page still asks for a sign-in.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("hr/home.xhtml"))
                .header("Authorization", "Bearer " + IntegrationTokens.personal(base, "hr", "hr", "hr")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void theOpenApiDocumentNamesEachOperationsRoles() {
        Api.Reply doc = Api.anonymous(base).get("/openapi?format=JSON");
        assertEquals(200, doc.status(), doc::toString);
        JsonObject paths = doc.json().getJsonObject("paths");
        assertNotNull(paths.getJsonObject("/api/employees"), paths.keySet()::toString);
        JsonObject list = paths.getJsonObject("/api/employees").getJsonObject("get");
        assertEquals(java.util.List.of("HR", "ADMIN"), list.getJsonArray("x-roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(list.getString("description").contains("Roles: HR, ADMIN"));
        JsonObject serviceTokens = paths.getJsonObject("/api/service-tokens").getJsonObject("post");
        assertEquals("ADMIN", serviceTokens.getJsonArray("x-roles").getString(0));
        JsonObject hooks = paths.getJsonObject("/api/webhooks").getJsonObject("get");
        assertTrue(hooks.getJsonArray("x-roles").toString().contains("WEBHOOKS"));
        long withoutRoles = paths.values().stream().map(JsonValue::asJsonObject)
                .flatMap(p -> p.values().stream()).filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).filter(op -> op.containsKey("responses") && !op.containsKey("x-roles")).count();
        assertEquals(0, withoutRoles, "every operation names its roles");
    }
}
