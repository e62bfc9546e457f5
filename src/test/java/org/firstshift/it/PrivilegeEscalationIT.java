package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR hires learners and mentors; only an administrator makes HR, authors, auditors or admins, or
 * touches their logins. Every way in (the API, the CSV import) is refused the same way (403 naming
 * the problem) and writes nothing. The shared demo admin is never changed: the attempts are refused
 * and the admin still signs in with the old password afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivilegeEscalationIT {

    @ArquillianResource
    URL base;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String employee(String number, String username, String roles) {
        return """
                {"personnelNumber":"%s","fullName":"Escalation %s","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","language":"en","username":"%s","roles":[%s]}"""
                .formatted(number, number, username, roles);
    }

    @Test
    void hrMayNotCreateAnAdministratorThroughTheApi() throws Exception {
        String number = unique("PE");
        String username = number.toLowerCase(Locale.ROOT);
        Api.Reply refused = Api.as(base, DemoUsers.HR).postJson("/api/employees", employee(number, username, "\"LEARNER\",\"ADMIN\""));
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused::toString);
        JsonObject problem = refused.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("roles", problem.getString("column"));
        assertTrue(problem.getString("message").contains("ADMIN"), refused::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number = ?", number));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = ?", username));
    }

    @Test
    void hrMayNotGrantHrAuthorOrAuditorEither() {
        Api hr = Api.as(base, DemoUsers.HR);
        for (String role : new String[]{"HR", "AUTHOR", "AUDITOR"}) {
            String number = unique("PE");
            Api.Reply refused = hr.postJson("/api/employees", employee(number, number.toLowerCase(Locale.ROOT), "\"" + role + "\""));
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(refused.body().contains(role), refused::toString);
        }
    }

    @Test
    void hrStillHiresMentorsAndAdminsStillGrantAnyRole() {
        String mentor = unique("PE");
        Api.Reply hired = Api.as(base, DemoUsers.HR).postJson("/api/employees",
                employee(mentor, mentor.toLowerCase(Locale.ROOT), "\"LEARNER\",\"MENTOR\""));
        assertEquals(201, hired.status(), hired::toString);

        String author = unique("PE");
        Api.Reply made = Api.as(base, DemoUsers.ADMIN).postJson("/api/employees",
                employee(author, author.toLowerCase(Locale.ROOT), "\"AUTHOR\""));
        assertEquals(201, made.status(), made::toString);
        assertTrue(made.body().contains("AUTHOR"), made::toString);
    }

    @Test
    void aCsvImportWithRolesHrMayNotGrantIsRefusedWholeListingEveryRow() throws Exception {
        String good = unique("PC");
        String asAdmin = unique("PC");
        String asHr = unique("PC");
        String csv = """
                personnel_number,full_name,hire_date,position,location,username,roles
                %s,Good Row,2026-02-01,CASHIER,STORE-MALL,%s,LEARNER;MENTOR
                %s,Wants Admin,2026-02-01,CASHIER,STORE-MALL,%s,ADMIN
                %s,Wants Hr,2026-02-01,CASHIER,STORE-MALL,%s,LEARNER;HR
                """.formatted(good, good.toLowerCase(Locale.ROOT), asAdmin, asAdmin.toLowerCase(Locale.ROOT),
                asHr, asHr.toLowerCase(Locale.ROOT));
        Api.Reply refused = Api.as(base, DemoUsers.HR).post("/api/employees/import", "text/csv", csv);
        assertEquals(403, refused.status(), refused::toString);
        var problems = refused.json().getJsonArray("problems");
        assertEquals(2, problems.size(), refused::toString);
        assertTrue(problems.stream().anyMatch(p -> p.asJsonObject().getInt("row") == 3
                && p.asJsonObject().getString("column").equals("roles")
                && p.asJsonObject().getString("message").contains("ADMIN")), refused::toString);
        assertTrue(problems.stream().anyMatch(p -> p.asJsonObject().getInt("row") == 4
                && p.asJsonObject().getString("message").contains("HR")), refused::toString);
        for (String number : new String[]{good, asAdmin, asHr}) {
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number = ?", number));
        }
    }

    @Test
    void hrMayNotDeactivateTheAdministrator() throws Exception {
        Api hr = Api.as(base, DemoUsers.HR);
        long adminId = hr.get("/api/employees?q=NW-1006").array().getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply refused = hr.post("/api/employees/" + adminId + "/deactivate", "application/json", "");
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.body().contains("deactivate") && refused.body().contains("admin"), refused::toString);
        assertEquals(200, Api.as(base, DemoUsers.ADMIN).get("/api/me").status(), "the admin can still sign in");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = 'admin' AND active = TRUE"));
    }

    @Test
    void aScimTokenMayNotDeactivateAnAdministrator() throws Exception {
        String number = unique("PA");
        String username = number.toLowerCase(Locale.ROOT);
        Api.Reply made = Api.as(base, DemoUsers.ADMIN).postJson("/api/employees", employee(number, username, "\"ADMIN\""));
        assertEquals(201, made.status(), made::toString);
        long id = made.json().getJsonNumber("id").longValue();

        Api scim = Api.withBearer(base, IntegrationTokens.service(base, "scim"));
        Api.Reply off = scim.send("PATCH", "/scim/v2/Users/" + id, "application/scim+json", """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "path": "active", "value": false}]}""");
        assertEquals(403, off.status(), off::toString);
        assertTrue(off.body().contains("ADMIN"), off::toString);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = ? AND active = ?", username, true));
    }
}
