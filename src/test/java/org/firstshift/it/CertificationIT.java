package org.firstshift.it;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certifications through the API and public pages, on the imported demo history: Mikhail (mentor,
 * NW-1002) holds RETAIL-SERVICE expiring within the reminder window, Igor (NW-1008) an expired one.
 * Tests that write make their own cycles for Tom, so the demo history stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationIT {
    static final String CERT = "RETAIL-SERVICE";

    @ArquillianResource
    URL base;

    static LocalDate serverToday() {
        return LocalDate.now(Clock.systemUTC());
    }

    long idOf(String user) {
        return Api.as(base, user).get("/api/me").json().getJsonNumber("id").longValue();
    }

    JsonObject mentorHolding() {
        Api.Reply r = Api.as(base, DemoUsers.MENTOR).get("/api/me/certifications");
        assertEquals(200, r.status(), r::toString);
        return r.array().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("certificationCode").equals(CERT)).findFirst().orElseThrow(() -> new AssertionError(r.body()));
    }

    /** Mikhail's imported certificate (valid today, whatever else other tests add). */
    String mentorCode() {
        return mentorHolding().getJsonArray("cycles").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("origin").equals("IMPORTED")).findFirst().orElseThrow().getString("certificateCode");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theImportedMentorCycleIsValidWithTheRecertificationWindowOpen() {
        JsonObject h = mentorHolding();
        assertEquals("VALID", h.getString("status"));
        assertTrue(h.getBoolean("recertificationWindowOpen"), h::toString);
        LocalDate until = LocalDate.parse(h.getString("validUntil"));
        assertTrue(until.isAfter(serverToday()) && !until.isAfter(serverToday().plusDays(30)), "expires within the reminder window: " + until);
        JsonObject cycle = h.getJsonArray("cycles").getJsonObject(0);
        assertEquals("IMPORTED", cycle.getString("origin"));
        assertTrue(cycle.getString("certificateCode").matches("[A-Z2-7]{12}"), cycle::toString);
    }

    @Test
    void publicVerificationShowsNothingButTheNameCertificationDatesAndStatus() {
        String code = mentorCode();
        Api.Reply r = Api.anonymous(base).get("/api/certificates/" + code);
        assertEquals(200, r.status(), r::toString);
        JsonObject json = r.json();
        assertEquals(Set.of("code", "holderName", "certificationCode", "certificationName", "validFrom", "validUntil", "status", "valid"),
                json.keySet());
        assertEquals("Mikhail Orlov", json.getString("holderName"));
        assertEquals("VALID", json.getString("status"));
        assertTrue(json.getBoolean("valid"));
        // lower case and dashes are accepted
        assertEquals(200, Api.anonymous(base).get("/api/certificates/" + code.substring(0, 6).toLowerCase() + "-" + code.substring(6)).status());

        Api.Reply page = Api.anonymous(base).get("/verify/" + code);
        assertEquals(200, page.status(), page::toString);
        assertEquals("DENY", page.header("X-Frame-Options"), "the public page has the security headers too");
        assertTrue(page.body().contains("Mikhail Orlov"), page.body());
        assertTrue(page.body().contains("data-status=\"VALID\""), page.body());
        for (String privateDetail : List.of("NW-1002", "mikhail.orlov", "STORE-CENTRAL", "Central", "SENIOR_CONSULTANT", "Senior", "G4")) {
            assertFalse(r.body().contains(privateDetail), "JSON shows " + privateDetail);
            assertFalse(page.body().contains(privateDetail), "page shows " + privateDetail);
        }
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFoundWithTheSameAnswer() {
        Api.Reply unknown = Api.anonymous(base).get("/api/certificates/AAAAAAAAAAAA");
        Api.Reply malformed = Api.anonymous(base).get("/api/certificates/not-a-code");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(404, malformed.status(), malformed::toString);
        assertEquals(unknown.body(), malformed.body(), "no hint whether a code is well formed");
        Api.Reply page = Api.anonymous(base).get("/verify/AAAAAAAAAAAA");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("id=\"not-found\""), page.body());
        assertFalse(page.body().contains("id=\"certificate\""));
    }

    @Test
    void aLearnerGetsOnlyTheirOwnCertificatePdfAndHrGetsAnyone() throws Exception {
        String code = mentorCode();
        Api.Download own = Api.as(base, DemoUsers.MENTOR).download("/api/me/certificates/" + code + ".pdf");
        assertEquals(200, own.status(), own::toString);
        assertEquals("application/pdf", own.header("Content-Type"));
        String text = pdfText(own.body());
        assertTrue(text.contains("Mikhail Orlov") && text.contains(code), text);
        assertTrue(text.contains("/verify/" + code), "the verification address is printed (and in the QR code)");

        Api.Download other = Api.as(base, DemoUsers.LEARNER).download("/api/me/certificates/" + code + ".pdf");
        assertEquals(404, other.status(), "another learner's certificate is not theirs to download");
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).download("/api/certification/records/certificates/" + code + ".pdf").status());

        Api.Download byHr = Api.as(base, DemoUsers.HR).download("/api/certification/records/certificates/" + code + ".pdf");
        assertEquals(200, byHr.status());
        assertTrue(pdfText(byHr.body()).contains("Mikhail Orlov"));
    }

    @Test
    void aLearnerSeesOnlyTheirOwnCertifications() {
        Api.Reply anna = Api.as(base, DemoUsers.LEARNER).get("/api/me/certifications");
        assertEquals(200, anna.status());
        assertFalse(anna.body().contains(mentorCode()), "Anna's list never holds Mikhail's certificate");
        long mikhail = idOf(DemoUsers.MENTOR);
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/certification/records/employees/" + mikhail).status());
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/certification/records").status());
    }

    @Test
    void hrSeesEveryoneWithLapsesComingAndExpiredOnes() throws Exception {
        Api hr = Api.as(base, DemoUsers.HR);
        String lapsed = org.firstshift.testing.HeldCertificates.lapsedHolder(base);
        List<String> all = numbers(hr.get("/api/certification/records"));
        assertTrue(all.containsAll(List.of("NW-1002", lapsed)), all::toString);
        List<String> lapsing = numbers(hr.get("/api/certification/records?lapsingWithinDays=60"));
        assertTrue(lapsing.contains("NW-1002") && !lapsing.contains(lapsed), lapsing::toString);
        List<String> expired = numbers(hr.get("/api/certification/records?expired=true"));
        assertTrue(expired.contains(lapsed) && !expired.contains("NW-1002"), expired::toString);
        List<String> mall = numbers(hr.get("/api/certification/records?store=STORE-MALL"));
        assertFalse(mall.contains("NW-1002"), "Mikhail works in STORE-CENTRAL");
        assertEquals(200, hr.get("/api/certification/records/employees/" + idOf(DemoUsers.MENTOR)).status());
        assertEquals(422, hr.get("/api/certification/records?lapsingWithinDays=999").status());
    }

    static List<String> numbers(Api.Reply r) {
        assertEquals(200, r.status(), r::toString);
        return r.array().stream().map(v -> v.asJsonObject().getString("personnelNumber")).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "anonymous, GET,  /api/me/certifications,                 401",
            "hr,        GET,  /api/me/certifications,                 403",
            "auditor,   GET,  /api/me/certifications,                 403",
            "newhire,   GET,  /api/me/certifications,                 200",
            "anonymous, GET,  /api/me/certificates/AAAAAAAAAAAA.pdf,   401",
            "hr,        GET,  /api/me/certificates/AAAAAAAAAAAA.pdf,   403",
            "anonymous, GET,  /api/certification/records,             401",
            "newhire,   GET,  /api/certification/records,             403",
            "mentor,    GET,  /api/certification/records,             403",
            "auditor,   GET,  /api/certification/records,             403",
            "author,    GET,  /api/certification/records,             403",
            "hr,        GET,  /api/certification/records,             200",
            "admin,     GET,  /api/certification/records,             200",
            "newhire,   POST, /api/certification/records/cycles/1/revoke, 403",
            "mentor,    POST, /api/certification/records/cycles/1/revoke, 403",
            "anonymous, GET,  /api/certification/records/certificates/AAAAAAAAAAAA.pdf, 401",
            "newhire,   POST, /api/certification/job,                 403",
            "hr,        POST, /api/certification/job,                 403",
            "anonymous, POST, /api/certification/job,                 401",
            "anonymous, GET,  /api/certification/badges/jwks.json,    200",
            "anonymous, GET,  /api/certification/badges/issuer,       200",
            "anonymous, GET,  /api/me/certificates/AAAAAAAAAAAA/badge, 401",
            "newhire,   GET,  /learner/certifications.xhtml,          200",
            "mentor,    GET,  /learner/certifications.xhtml,          200",
            "hr,        GET,  /learner/certifications.xhtml,          403",
            "hr,        GET,  /hr/certifications.xhtml,               200",
            "admin,     GET,  /hr/certifications.xhtml,               200",
            "newhire,   GET,  /hr/certifications.xhtml,               403",
            "mentor,    GET,  /hr/certifications.xhtml,               403",
            "auditor,   GET,  /hr/certifications.xhtml,               403",
            "anonymous, GET,  /hr/certifications.xhtml,               302",
            "anonymous, GET,  /learner/certifications.xhtml,          302",
    })
    void rolesAreEnforced(String user, String method, String path, int expected) {
        Api api = user.equals("anonymous") ? Api.anonymous(base) : Api.as(base, user);
        Api.Reply r = method.equals("POST") ? api.postJson(path, "{\"reason\": \"test\"}") : api.get(path);
        assertEquals(expected, r.status(), () -> user + " " + method + " " + path + ": " + r);
    }

    /** Inserts a cycle for Tom as if imported, with its own code; returns {id, code}. */
    Object[] insertCycleForTom(LocalDate from, LocalDate until) throws Exception {
        long tom = idOf("tom");
        long id = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String code = randomCode();
        try (Connection c = TestDatabase.connect(); var s = c.prepareStatement(
                "INSERT INTO certification_cycle (id, employee_id, certification_code, valid_from, valid_until, origin,"
                        + " certificate_code, granted_at, state, version) VALUES (?, ?, ?, ?, ?, 'IMPORTED', ?, ?, 'ACTIVE', 0)")) {
            s.setLong(1, id);
            s.setLong(2, tom);
            s.setString(3, CERT);
            s.setDate(4, Date.valueOf(from));
            s.setDate(5, Date.valueOf(until));
            s.setString(6, code);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return new Object[]{id, code};
    }

    static String randomCode() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(32)));
        }
        return b.toString();
    }

    static long lapseEntries(long cycleId) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'certification_cycle' AND entity_id = ?"
                + " AND summary LIKE '%lapsed%'", String.valueOf(cycleId));
    }

    @Test
    void theLapseJobMarksAnExpiredCycleOnceEvenWhenTwoNodesRunItAtOnce() throws Exception {
        int back = ThreadLocalRandom.current().nextInt(800, 3000);
        long id = (long) insertCycleForTom(serverToday().minusDays(back), serverToday().minusDays(back - 364))[0];
        Api admin = Api.as(base, DemoUsers.ADMIN);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Reply>> runs = List.of(() -> admin.postJson("/api/certification/job", "{}"),
                    () -> admin.postJson("/api/certification/job", "{}"));
            List<JsonObject> answers = new ArrayList<>();
            for (Future<Api.Reply> f : two.invokeAll(runs)) {
                assertEquals(200, f.get().status(), f.get()::toString);
                answers.add(f.get().json());
            }
            assertTrue(answers.stream().mapToInt(a -> a.getInt("lapsed")).sum() >= 1, answers::toString);
        } finally {
            two.shutdown();
        }
        assertEquals(1, lapseEntries(id), "one lapse recorded");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM certification_cycle WHERE id = ? AND state = 'LAPSED'", id));
        assertEquals(200, admin.postJson("/api/certification/job", "{}").status());
        assertEquals(1, lapseEntries(id), "a later run changes nothing");
    }

    @Test
    void theImportedExpiredDemoCycleIsMarkedLapsedOnce() throws Exception {
        Api.Reply igor = Api.as(base, "igor").get("/api/me/certifications");
        JsonObject imported = igor.array().getJsonObject(0).getJsonArray("cycles").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("origin").equals("IMPORTED")).findFirst().orElseThrow(() -> new AssertionError(igor.body()));
        assertEquals("EXPIRED", imported.getString("status"), "the status is computed from the dates, job or not");
        long cycle = imported.getJsonNumber("id").longValue();
        Api admin = Api.as(base, DemoUsers.ADMIN);
        assertEquals(200, admin.postJson("/api/certification/job", "{}").status());
        assertEquals(200, admin.postJson("/api/certification/job", "{}").status());
        assertEquals(1, lapseEntries(cycle));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM certification_cycle WHERE id = ? AND state = 'LAPSED'", cycle));
    }

    @Test
    void hrRevokesWithAReasonAndTheCertificateThenVerifiesAsRevoked() throws Exception {
        int ahead = ThreadLocalRandom.current().nextInt(0, 30);
        Object[] inserted = insertCycleForTom(serverToday().minusDays(100 + ahead), serverToday().plusDays(200 - ahead));
        long id = (long) inserted[0];
        String code = (String) inserted[1];
        assertEquals("VALID", Api.anonymous(base).get("/api/certificates/" + code).json().getString("status"));
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply noReason = hr.postJson("/api/certification/records/cycles/" + id + "/revoke", "{\"reason\": \"  \"}");
        assertEquals(422, noReason.status(), noReason::toString);
        Api.Reply revoked = hr.postJson("/api/certification/records/cycles/" + id + "/revoke", "{\"reason\": \"granted in error\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", Api.anonymous(base).get("/api/certificates/" + code).json().getString("status"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'certification_cycle' AND entity_id = ?"
                + " AND action = 'DEACTIVATED' AND summary LIKE '%granted in error%'", String.valueOf(id)));
        assertEquals(422, hr.postJson("/api/certification/records/cycles/" + id + "/revoke", "{\"reason\": \"again\"}").status());
        assertEquals(404, hr.postJson("/api/certification/records/cycles/1/revoke", "{\"reason\": \"x\"}").status());
    }

    @Test
    void theOpenBadgeVerifiesWithThePublishedKeyAndFailsWhenAltered() throws Exception {
        String code = mentorCode();
        Api.Reply badge = Api.as(base, DemoUsers.MENTOR).get("/api/me/certificates/" + code + "/badge");
        assertEquals(200, badge.status(), badge::toString);
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).get("/api/me/certificates/" + code + "/badge").status());
        Api.Reply jwks = Api.anonymous(base).get("/api/certification/badges/jwks.json");
        assertEquals(200, jwks.status());
        assertFalse(jwks.body().contains("\"d\""), "the private key is never published");
        JWKSet keys = JWKSet.parse(jwks.body());

        SignedJWT jwt = SignedJWT.parse(badge.body().strip());
        ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new ECDSAVerifier(key)), "signed with the published key");
        @SuppressWarnings("unchecked")
        var vc = (java.util.Map<String, Object>) jwt.getJWTClaimsSet().getClaim("vc");
        assertTrue(vc.get("type").toString().contains("OpenBadgeCredential"), vc::toString);
        assertFalse(badge.body().contains("NW-1002"));

        String[] parts = badge.body().strip().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        assertTrue(payload.contains("Mikhail Orlov"));
        String forged = Base64URL.encode(payload.replace("Mikhail Orlov", "Mallory Orlov").getBytes(StandardCharsets.UTF_8)).toString();
        assertFalse(SignedJWT.parse(parts[0] + "." + forged + "." + parts[2]).verify(new ECDSAVerifier(key)));
    }

    static long noticesAbout(Api learner, String phrase) {
        Api.Reply r = learner.get("/api/me/notices");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("notices").stream().map(JsonValue::asJsonObject)
                .filter(n -> "/learner/certifications.xhtml".equals(n.getString("link", null)))
                .filter(n -> n.getString("text").contains(phrase)).count();
    }

    @Test
    void theExpiryReminderAndTheLapseNoticeGoOnce() {
        Api admin = Api.as(base, DemoUsers.ADMIN);
        assertEquals(200, admin.postJson("/api/certification/job", "{}").status());
        assertEquals(200, admin.postJson("/api/certification/job", "{}").status());
        assertEquals(1, noticesAbout(Api.as(base, DemoUsers.MENTOR), "expires on"),
                "Mikhail, 3 weeks before expiry, has the 30-day reminder once");
        assertEquals(1, noticesAbout(Api.as(base, "igor"), "lapsed on"), "Igor is told once that his certification lapsed");
        assertEquals(0, noticesAbout(Api.as(base, DemoUsers.LEARNER), "expires on"));
    }

    @Test
    void theLearnersPersonalDataExportHoldsTheirCertificates() {
        Api.Reply export = Api.as(base, DemoUsers.MENTOR).get("/api/me/personal-data");
        assertEquals(200, export.status(), export::toString);
        assertTrue(export.body().contains("\"certification\"") && export.body().contains(mentorCode()), export::toString);
    }
}
