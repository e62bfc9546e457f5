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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR manages employees through the API; bad input names the field or row and writes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmployeesIT {

    @ArquillianResource
    URL base;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String employee(String number, String position) {
        return """
                {"personnelNumber":"%s","fullName":"Test Person %s","hireDate":"2026-01-05",
                 "position":"%s","location":"STORE-MALL","payGrade":"G1","language":"ru"}""".formatted(number, number, position);
    }

    @Test
    void hrCreatesAnEmployeeAndTheChangeIsAudited() throws Exception {
        String number = unique("T");
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply created = hr.postJson("/api/employees", employee(number, "CASHIER"));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("CASHIER", created.json().getString("position"));

        Api.Reply changed = hr.putJson("/api/employees/" + id, employee(number, "SALES_CONSULTANT"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("SALES_CONSULTANT", changed.json().getString("position"));

        assertEquals(2, TestDatabase.count(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employee' AND entity_id = ? AND actor = 'hr'",
                String.valueOf(id)));
        assertEquals(1, TestDatabase.count(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND before_state LIKE '%CASHIER%' AND after_state LIKE '%SALES_CONSULTANT%'",
                String.valueOf(id)));
    }

    @Test
    void aDuplicatePersonnelNumberIsRefusedByName() {
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply reply = hr.postJson("/api/employees", employee("NW-1001", "CASHIER"));
        assertEquals(422, reply.status(), reply::toString);
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("personnel_number", problem.getString("column"));
        assertTrue(problem.getString("message").contains("NW-1001"));
    }

    @Test
    void anUnknownPositionIsRefusedAndNothingIsWritten() throws Exception {
        String number = unique("U");
        Api.Reply reply = Api.as(base, DemoUsers.HR).postJson("/api/employees", employee(number, "ASTRONAUT"));
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("ASTRONAUT"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number = ?", number));
    }

    @Test
    void searchFindsByNameAndFiltersByStore() {
        Api hr = Api.as(base, DemoUsers.HR);
        var found = hr.get("/api/employees?q=petrova").array();
        assertEquals(1, found.size());
        assertEquals("NW-1001", found.getJsonObject(0).getString("personnelNumber"));
        var mall = hr.get("/api/employees?location=STORE-MALL").array();
        assertTrue(mall.stream().allMatch(e -> e.asJsonObject().getString("location").equals("STORE-MALL")));
        assertTrue(mall.size() >= 3);
    }

    @Test
    void csvImportWritesEveryRowOrNone() throws Exception {
        String a = unique("C");
        String b = unique("C");
        Api hr = Api.as(base, DemoUsers.HR);
        String bad = """
                personnel_number,full_name,hire_date,position,location,language
                %s,Good Row,2026-02-01,CASHIER,STORE-MALL,en
                %s,Bad Row,01/02/2026,CASHIER,NOWHERE,xx
                """.formatted(a, b);
        Api.Reply refused = hr.post("/api/employees/import", "text/csv", bad);
        assertEquals(422, refused.status(), refused::toString);
        var problems = refused.json().getJsonArray("problems");
        assertTrue(problems.stream().anyMatch(p -> p.asJsonObject().getInt("row") == 3
                && p.asJsonObject().getString("column").equals("hire_date")), refused::toString);
        assertTrue(problems.stream().anyMatch(p -> p.asJsonObject().getString("column").equals("location")), refused::toString);
        assertTrue(problems.stream().anyMatch(p -> p.asJsonObject().getString("column").equals("language")), refused::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number IN (?, ?)", a, b));

        String good = """
                personnel_number;full_name;hire_date;position;location;username;roles
                %s;First Import;2026-02-01;CASHIER;STORE-MALL;%s;LEARNER
                %s;Second Import;2026-02-02;SALES_CONSULTANT;STORE-CENTRAL;;
                """.formatted(a, a.toLowerCase(), b);
        Api.Reply imported = hr.post("/api/employees/import", "text/csv", good);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("imported"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM employee WHERE personnel_number IN (?, ?)", a, b));

        Api.Reply again = hr.post("/api/employees/import", "text/csv", good);
        assertEquals(422, again.status());
        assertTrue(again.body().contains("already exists"));
    }

    @Test
    void aLearnerCannotImport() {
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).post("/api/employees/import", "text/csv", "x").status());
    }
}
