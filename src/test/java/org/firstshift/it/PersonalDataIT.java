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
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Right of access and right to erasure, across every module that keeps data about a person. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    @ArquillianResource
    URL base;

    private long newEmployee(String number, String username) {
        Api.Reply created = Api.as(base, DemoUsers.HR).postJson("/api/employees", """
                {"personnelNumber":"%s","fullName":"Erin Leaving %s","email":"erin.%s@example.com","hireDate":"2026-01-05",
                 "position":"CASHIER","location":"STORE-MALL","payGrade":"G1","language":"en","username":"%s","roles":["LEARNER"]}"""
                .formatted(number, number, number, username));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void everyoneDownloadsTheirOwnDataAndOnlyTheirs() {
        Api.Reply mine = Api.as(base, DemoUsers.LEARNER).get("/api/me/personal-data");
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(mine.header("Content-Disposition").contains("attachment"), mine::toString);
        JsonObject data = mine.json();
        assertEquals("NW-1001", data.getJsonObject("people").getString("personnel_number"));
        for (String section : List.of("audits", "certification", "exams", "learning", "motivation", "notices", "roleplay", "shadowing")) {
            assertTrue(data.containsKey(section), () -> section + " missing in " + data.keySet());
        }
        assertFalse(mine.body().contains("NW-1002\",\"full_name"), "no other person's record");

        long mentor = Api.as(base, DemoUsers.MENTOR).get("/api/me").json().getJsonNumber("id").longValue();
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/employees/" + mentor + "/personal-data").status());
        assertEquals(200, Api.as(base, DemoUsers.HR).get("/api/employees/" + mentor + "/personal-data").status());
        assertEquals(401, Api.anonymous(base).get("/api/me/personal-data").status());
    }

    @Test
    void onlyAnAdminErasesAndOnlySomeoneWhoHasLeft() throws Exception {
        String number = "ER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "erin" + number.substring(3).toLowerCase();
        long id = newEmployee(number, username);
        String erase = "/api/employees/" + id + "/personal-data/erase";

        assertEquals(403, Api.as(base, DemoUsers.HR).postJson(erase, "{\"reason\": \"request 42\"}").status(), "HR does not erase");
        Api.Reply stillWorking = Api.as(base, DemoUsers.ADMIN).postJson(erase, "{\"reason\": \"request 42\"}");
        assertEquals(422, stillWorking.status(), stillWorking::toString);
        assertTrue(stillWorking.body().contains("deactivate"), stillWorking::toString);

        assertEquals(200, Api.as(base, DemoUsers.HR).postJson("/api/employees/" + id + "/deactivate", "{}").status());
        Api.Reply noReason = Api.as(base, DemoUsers.ADMIN).postJson(erase, "{}");
        assertEquals(422, noReason.status(), noReason::toString);
        Api.Reply erased = Api.as(base, DemoUsers.ADMIN).postJson(erase, "{\"reason\": \"request 42\"}");
        assertEquals(200, erased.status(), erased::toString);

        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number = ? OR full_name LIKE ?",
                number, "%" + number + "%"), "name and number are gone");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE id = ? AND email IS NULL", id));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM account WHERE username = ?", username), "the login is gone");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ERASED' AND entity_id = ?",
                String.valueOf(id)));
        assertEquals(401, Api.withPassword(base, username, "whatever-it-was").get("/api/me").status());
    }
}
