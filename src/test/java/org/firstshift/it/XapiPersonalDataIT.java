package org.firstshift.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee's xAPI statements in their personal data export, and pseudonymised on erasure. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiPersonalDataIT {

    @ArquillianResource
    URL base;

    @Test
    void statementsAboutAnEmployeeAreExportedAndPseudonymisedOnErasure() throws Exception {
        String number = "XP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "xapi" + number.substring(3).toLowerCase();
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Lena Statements %s","email":"lena.%s@example.com","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","payGrade":"G1","language":"en","username":"%s","roles":["LEARNER"]}"""
                .formatted(number, number, number.toLowerCase(), username));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        String byMail = "{\"mbox\":\"mailto:lena." + number.toLowerCase() + "@example.com\"}";
        Lrs lrs = Lrs.newKey(base, "privacy test " + number);
        // FirstShift names its learners by account on the LRS's home page (the public URL + xapi),
        // the same home page its keys have as authority.
        Api.Reply probe = lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"mailto:probe@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"https://firstshift.example/probe\"}}");
        String home = lrs.get("/xapi/statements?statementId=" + probe.array().getString(0)).json()
                .getJsonObject("authority").getJsonObject("account").getString("homePage");
        String byAccount = "{\"account\":{\"homePage\":\"" + home + "\",\"name\":\"" + username + "\"}}";
        for (String actor : new String[]{byAccount, byMail}) {
            Api.Reply r = lrs.post("/xapi/statements", "{\"actor\":" + actor + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                    + "\"object\":{\"id\":\"https://firstshift.example/activities/privacy-" + number + "\"}}");
            assertEquals(200, r.status(), r::toString);
        }
        lrs.send("PUT", "/xapi/agents/profile?agent=" + URLEncoder.encode(byAccount, StandardCharsets.UTF_8) + "&profileId=prefs",
                "application/json", "{\"x\":1}", java.util.Map.of());

        JsonObject export = Api.as(base, DemoUsers.HR).get("/api/employees/" + id + "/personal-data").json();
        JsonArray statements = export.getJsonObject("xapi").getJsonArray("statements");
        assertEquals(2, statements.size(), export::toString);
        assertEquals(1, export.getJsonObject("xapi").getJsonArray("documents").size(), export::toString);

        assertEquals(200, Api.as(base, DemoUsers.HR).postJson("/api/employees/" + id + "/deactivate", "{}").status());
        Api.Reply erased = Api.as(base, DemoUsers.ADMIN).postJson("/api/employees/" + id + "/personal-data/erase", "{\"reason\": \"xapi test\"}");
        assertEquals(200, erased.status(), erased::toString);
        assertTrue(erased.body().contains("2 xAPI statement(s)"), erased::toString);

        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%" + number.toLowerCase() + "@%"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE body LIKE ?", "%\"" + username + "\"%"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE object_activity = ?",
                "https://firstshift.example/activities/privacy-" + number), "the learning facts stay");
        Api.Reply found = lrs.get("/xapi/statements?agent=" + URLEncoder.encode(byMail, StandardCharsets.UTF_8));
        assertEquals(0, found.json().getJsonArray("statements").size(), found::toString);
        assertFalse(lrs.get("/xapi/agents/profile?agent=" + URLEncoder.encode(byAccount, StandardCharsets.UTF_8)).body().contains("prefs"));
    }
}
