package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoExamAnswers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certification earned through the exam API (the exams module fires ExamPassed when it scores a
 * passed attempt): a first grant (Daria), a renewal inside the recertification window that keeps
 * the old cycle and issues a new certificate (Tom), and a fresh start after a lapse (Igor's
 * imported, expired cycle).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationExamIT {
    static final String CERT = "RETAIL-SERVICE";

    @ArquillianResource
    URL base;

    static LocalDate serverToday() {
        return LocalDate.now(Clock.systemUTC());
    }

    static List<JsonObject> cycles(Api learner) {
        Api.Reply r = learner.get("/api/me/certifications");
        assertEquals(200, r.status(), r::toString);
        return r.array().stream().map(JsonValue::asJsonObject).filter(h -> h.getString("certificationCode").equals(CERT))
                .flatMap(h -> h.getJsonArray("cycles").stream().map(JsonValue::asJsonObject)).toList();
    }

    static JsonObject cycleOfAttempt(List<JsonObject> cycles, long attempt) {
        return cycles.stream().filter(c -> c.get("attemptId") instanceof jakarta.json.JsonNumber n && n.longValue() == attempt)
                .findFirst().orElseThrow(() -> new AssertionError("no cycle for attempt " + attempt + " in " + cycles));
    }

    @Test
    void aLearnerWhoPassesTheExamHoldsRetailServiceFromToday() throws Exception {
        Api daria = Api.as(base, "daria");
        long attempt = DemoExamAnswers.passAs(daria).getJsonNumber("id").longValue();
        JsonObject cycle = cycleOfAttempt(cycles(daria), attempt);
        assertEquals("EXAM", cycle.getString("origin"));
        assertEquals(DemoExamAnswers.EXAM, cycle.getString("examCode"));
        assertEquals(serverToday().toString(), cycle.getString("validFrom"));
        assertEquals(serverToday().plusMonths(12).minusDays(1).toString(), cycle.getString("validUntil"));
        assertEquals("VALID", cycle.getString("status"));
        JsonObject verified = Api.anonymous(base).get("/api/certificates/" + cycle.getString("certificateCode")).json();
        assertEquals("Daria Volkova", verified.getString("holderName"));
        assertEquals("VALID", verified.getString("status"));
        // the same attempt submitted again earns nothing more
        assertEquals(200, daria.postJson("/api/exam-attempts/" + attempt + "/submit", "{}").status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM certification_cycle WHERE attempt_id = ?", attempt));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'certification_cycle'"
                + " AND entity_id = ? AND action = 'CREATED'", String.valueOf(cycle.getJsonNumber("id").longValue())));
    }

    @Test
    void recertificationInsideTheWindowKeepsTheOldCycleAndIssuesANewCertificate() throws Exception {
        Api tom = Api.as(base, "tom");
        long tomId = tom.get("/api/me").json().getJsonNumber("id").longValue();
        // Tom held RETAIL-SERVICE before FirstShift; it ends in 20 days, so recertification is open.
        LocalDate oldUntil = serverToday().plusDays(20);
        LocalDate oldFrom = oldUntil.plusDays(1).minusMonths(12);
        long oldId = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String oldCode = CertificationIT.randomCode();
        try (Connection c = TestDatabase.connect(); var s = c.prepareStatement(
                "INSERT INTO certification_cycle (id, employee_id, certification_code, valid_from, valid_until, origin,"
                        + " certificate_code, granted_at, state, version) VALUES (?, ?, ?, ?, ?, 'IMPORTED', ?, ?, 'ACTIVE', 0)")) {
            s.setLong(1, oldId);
            s.setLong(2, tomId);
            s.setString(3, CERT);
            s.setDate(4, Date.valueOf(oldFrom));
            s.setDate(5, Date.valueOf(oldUntil));
            s.setString(6, oldCode);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        JsonObject holding = tom.get("/api/me/certifications").array().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("certificationCode").equals(CERT)).findFirst().orElseThrow();
        assertTrue(holding.getBoolean("recertificationWindowOpen"), holding::toString);

        long attempt = DemoExamAnswers.passAs(tom).getJsonNumber("id").longValue();

        List<JsonObject> cycles = cycles(tom);
        JsonObject renewed = cycleOfAttempt(cycles, attempt);
        JsonObject old = cycles.stream().filter(c -> c.getJsonNumber("id").longValue() == oldId).findFirst()
                .orElseThrow(() -> new AssertionError("the old cycle is gone: " + cycles));
        assertEquals(oldFrom.toString(), old.getString("validFrom"), "the old cycle keeps its dates");
        assertEquals(oldUntil.toString(), old.getString("validUntil"));
        assertEquals(oldCode, old.getString("certificateCode"), "and its certificate");
        assertEquals(oldUntil.plusDays(1).toString(), renewed.getString("validFrom"), "the renewal continues from the old expiry");
        assertEquals(oldUntil.plusDays(1).plusMonths(12).minusDays(1).toString(), renewed.getString("validUntil"));
        assertEquals(oldId, renewed.getJsonNumber("continuesCycleId").longValue());
        assertNotEquals(oldCode, renewed.getString("certificateCode"), "a new certificate is issued");
        assertEquals("UPCOMING", renewed.getString("status"));

        assertEquals("VALID", Api.anonymous(base).get("/api/certificates/" + oldCode).json().getString("status"),
                "the old certificate is valid until its own end");
        JsonObject newOne = Api.anonymous(base).get("/api/certificates/" + renewed.getString("certificateCode")).json();
        assertEquals("UPCOMING", newOne.getString("status"));
        assertEquals("Tom Fischer", newOne.getString("holderName"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'certification_cycle'"
                + " AND entity_id = ? AND summary LIKE '%renewed%'", String.valueOf(renewed.getJsonNumber("id").longValue())));
        Api.Download pdf = tom.download("/api/me/certificates/" + renewed.getString("certificateCode") + ".pdf");
        assertEquals(200, pdf.status());
    }

    @Test
    void passingAfterALapseStartsAFreshCycleAndTheLapsedOneStaysExpired() {
        Api igor = Api.as(base, "igor");
        long attempt = DemoExamAnswers.passAs(igor).getJsonNumber("id").longValue();
        List<JsonObject> cycles = cycles(igor);
        JsonObject fresh = cycleOfAttempt(cycles, attempt);
        assertEquals(serverToday().toString(), fresh.getString("validFrom"));
        assertTrue(!fresh.containsKey("continuesCycleId") || fresh.isNull("continuesCycleId"), fresh::toString);
        JsonObject imported = cycles.stream().filter(c -> c.getString("origin").equals("IMPORTED")).findFirst().orElseThrow();
        assertEquals("EXPIRED", imported.getString("status"));
        assertEquals("EXPIRED", Api.anonymous(base).get("/api/certificates/" + imported.getString("certificateCode")).json().getString("status"));
    }
}
