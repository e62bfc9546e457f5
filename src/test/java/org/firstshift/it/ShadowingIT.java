package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shadowing through the API: who may sign off, confirm and read what; idempotent sign-offs; the
 * hash chain catching a row changed behind the application's back. Writing tests use Igor and his
 * trainee Tom (a shift for them today is scheduled by HR here), so the demo chain of Anna, which
 * the browser journey uses, stays untouched and intact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShadowingIT {
    static final String IGOR = "igor";
    static final String TOM = "tom";
    static final String DARIA = "daria";
    /** A PNG's signature and the start of its header chunk: enough for the server's magic-byte check. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @ArquillianResource
    URL base;

    private long tom;
    private long igor;

    static LocalDate serverToday() {
        return LocalDate.now(Clock.systemUTC()); // the server's clock is UTC
    }

    long idOf(String user) {
        return Api.as(base, user).get("/api/me").json().getJsonNumber("id").longValue();
    }

    @BeforeEach
    void tomShadowsIgorToday() {
        tom = idOf(TOM);
        igor = idOf(IGOR);
        Api hr = Api.as(base, DemoUsers.HR);
        String today = serverToday().toString();
        boolean scheduled = hr.get("/api/shadowing/shifts?from=" + today + "&to=" + today).array().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getJsonNumber("traineeId").longValue() == tom && s.getJsonNumber("mentorId").longValue() == igor);
        if (!scheduled) {
            Api.Reply r = hr.postJson("/api/shadowing/shifts", """
                    {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "09:00", "endsAt": "18:00"}"""
                    .formatted(tom, igor, today));
            assertEquals(201, r.status(), r::toString);
        }
    }

    static String signOff(String clientId, long trainee, String task, String rating, String comment) {
        return """
                {"clientId": "%s", "traineeId": %d, "taskId": "%s", "rating": "%s", "comment": %s}"""
                .formatted(clientId, trainee, task, rating, comment == null ? "null" : "\"" + comment + "\"");
    }

    private JsonObject signOffTom(String task, String rating, String comment) {
        Api.Reply r = Api.as(base, IGOR).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), tom, task, rating, comment));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static long records(String where, Object... params) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE " + where, params);
    }

    // ---------------------------------------------------------------- who may sign off

    @Test
    void aMentorSignsOffOnlyATraineeAssignedToThemOnAShiftTheyShare() throws Exception {
        long daria = idOf(DARIA);
        long before = records("trainee_id = ?", daria);
        // Mikhail does not mentor Daria (Igor does) and shares no shift with her.
        Api.Reply notHis = Api.as(base, DemoUsers.MENTOR).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), daria, "SH-C-GREET", "INDEPENDENTLY", null));
        assertEquals(403, notHis.status(), notHis::toString);
        // Igor mentors Daria, but her shadow shifts are on other days: no sign-off today.
        Api.Reply noShift = Api.as(base, IGOR).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), daria, "SH-C-GREET", "INDEPENDENTLY", null));
        assertEquals(403, noShift.status(), noShift::toString);
        assertTrue(noShift.json().getString("detail").contains("no shadow shift"), noShift::toString);
        // Mikhail has a shift with Anna today, but Tom is Igor's trainee.
        Api.Reply otherMentorsTrainee = Api.as(base, DemoUsers.MENTOR).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), tom, "SH-S-GREET", "INDEPENDENTLY", null));
        assertEquals(403, otherMentorsTrainee.status(), otherMentorsTrainee::toString);
        assertEquals(before, records("trainee_id = ?", daria), "nothing was written");
    }

    @Test
    void hrCannotScheduleAShiftForAPairWithoutAMentorAssignment() {
        long mikhail = idOf(DemoUsers.MENTOR);
        Api.Reply r = Api.as(base, DemoUsers.HR).postJson("/api/shadowing/shifts", """
                {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "09:00", "endsAt": "18:00"}"""
                .formatted(tom, mikhail, serverToday()));
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.body().contains("does not mentor"), r::toString);
        Api.Reply backwards = Api.as(base, DemoUsers.HR).postJson("/api/shadowing/shifts", """
                {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "18:00", "endsAt": "09:00"}"""
                .formatted(tom, igor, serverToday().plusDays(30)));
        assertEquals(422, backwards.status(), backwards::toString);
        assertEquals(403, Api.as(base, IGOR).get("/api/shadowing/shifts").status(), "mentors do not schedule");
    }

    @Test
    void aTraineeCannotSignOffThemselves() throws Exception {
        long anna = idOf(DemoUsers.LEARNER);
        long before = records("trainee_id = ?", anna);
        Api.Reply learner = Api.as(base, DemoUsers.LEARNER).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), anna, "SH-S-GREET", "INDEPENDENTLY", null));
        assertEquals(403, learner.status(), learner::toString);
        // Igor is a mentor and a learner too: he cannot rate his own tasks either.
        Api.Reply self = Api.as(base, IGOR).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), igor, "SH-S-GREET", "INDEPENDENTLY", null));
        assertEquals(403, self.status(), self::toString);
        assertEquals(before, records("trainee_id = ?", anna));
        assertEquals(0, records("trainee_id = ?", igor));
    }

    @Test
    void hrReadsButNeverWritesSignOffs() {
        JsonObject signed = signOffTom("SH-S-APPROACH", "WITH_HELP", "hr can read this");
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply write = hr.postJson("/api/shadowing/signoffs", signOff(UUID.randomUUID().toString(), tom, "SH-S-GREET", "INDEPENDENTLY", null));
        assertEquals(403, write.status(), write::toString);
        assertEquals(403, Api.as(base, DemoUsers.ADMIN).postJson("/api/shadowing/signoffs",
                signOff(UUID.randomUUID().toString(), tom, "SH-S-GREET", "INDEPENDENTLY", null)).status());
        assertEquals(403, hr.postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + signed.getInt("id") + "]}").status());

        Api.Reply read = hr.get("/api/shadowing/trainees/" + tom);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.body().contains("hr can read this"));
        JsonObject report = hr.get("/api/shadowing/report").json();
        assertTrue(report.getJsonArray("mentors").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getJsonNumber("mentorId").longValue() == igor && m.getInt("signOffs") >= 1), report::toString);
        assertTrue(report.getJsonArray("calibration").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getJsonNumber("mentorId").longValue() == igor), report::toString);
        assertFalse(report.getJsonArray("stores").isEmpty());
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersSignOffs() throws Exception {
        JsonObject signed = signOffTom("SH-S-NEEDS", "WITH_HELP", "private to Tom");
        long id = signed.getJsonNumber("id").longValue();
        Api anna = Api.as(base, DemoUsers.LEARNER);
        assertEquals(403, anna.get("/api/shadowing/trainees/" + tom).status(), "learners have no trainee view");
        assertFalse(anna.get("/api/me/shadowing").body().contains("private to Tom"));
        Api.Reply confirm = anna.postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + id + "]}");
        assertEquals(404, confirm.status(), confirm::toString);
        assertEquals(0, records("kind = 'CONFIRMATION' AND refers_to_seq = ? AND trainee_id = ?", signed.getInt("seq"), tom));
        // Igor's other trainee does not see Tom's either; Tom does.
        assertFalse(Api.as(base, DARIA).get("/api/me/shadowing").body().contains("private to Tom"));
        assertTrue(Api.as(base, TOM).get("/api/me/shadowing").body().contains("private to Tom"));
        // A mentor sees only their own trainees, in the API and on the progress page.
        assertEquals(403, Api.as(base, DemoUsers.MENTOR).get("/api/shadowing/trainees/" + tom).status());
        Api.Reply page = Api.as(base, DemoUsers.MENTOR).get("/mentor/shadowing.xhtml?trainee=" + tom);
        assertEquals(404, page.status());
        assertFalse(page.body().contains("private to Tom"));
        assertTrue(Api.as(base, IGOR).get("/mentor/shadowing.xhtml?trainee=" + tom).body().contains("private to Tom"));
    }

    @ParameterizedTest(name = "{0} opens {1} -> {2}")
    @CsvSource({
            "newhire, /learner/shadowing.xhtml, 200",
            "newhire, /mentor/signoff.xhtml,    403",
            "hr,      /mentor/signoff.xhtml,    403",
            "mentor,  /mentor/signoff.xhtml,    200",
            "hr,      /hr/shadowing.xhtml,      200",
            "mentor,  /hr/shadowing.xhtml,      403",
            "admin,   /admin/shadowing.xhtml,   200",
            "hr,      /admin/shadowing.xhtml,   403",
            "author,  /author/shadowing.xhtml,  200",
            "newhire, /author/shadowing.xhtml,  403",
    })
    void shadowingPagesBelongToTheirRoles(String user, String page, int expected) {
        assertEquals(expected, Api.as(base, user).get(page).status());
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void theSameClientIdTwiceIsStoredOnceAndAnsweredTheSame() throws Exception {
        String clientId = UUID.randomUUID().toString();
        String body = signOff(clientId, tom, "SH-S-PRESENT", "WITH_HELP", "retried after a lost answer");
        Api igorApi = Api.as(base, IGOR);
        Api.Reply first = igorApi.postJson("/api/shadowing/signoffs", body);
        Api.Reply again = igorApi.postJson("/api/shadowing/signoffs", body);
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.json(), again.json(), "the same answer");
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, records("client_id = ?", clientId));

        Api.Reply different = igorApi.postJson("/api/shadowing/signoffs", signOff(clientId, tom, "SH-S-PRESENT", "INDEPENDENTLY", null));
        assertEquals(409, different.status(), different::toString);
        assertEquals(1, records("client_id = ?", clientId));
    }

    // ---------------------------------------------------------------- confirmation and completion

    @Test
    void theTraineeConfirmsOnTheirPageAndOnlyConfirmedIndependentRatingsCount() {
        int before = taskOf(Api.as(base, TOM).get("/api/me/shadowing").json(), "SH-S-FAREWELL").getInt("done");
        JsonObject signed = signOffTom("SH-S-FAREWELL", "INDEPENDENTLY", "thanked every customer");
        JsonObject mine = Api.as(base, TOM).get("/api/me/shadowing").json();
        assertEquals(before, taskOf(mine, "SH-S-FAREWELL").getInt("done"), "not counted before the trainee confirms");
        assertTrue(mine.getJsonArray("signOffs").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getInt("id") == signed.getInt("id") && !s.getBoolean("confirmed")), "shown as unconfirmed");

        Api.Reply confirmed = Api.as(base, TOM).postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + signed.getInt("id") + "]}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(1, confirmed.json().getInt("confirmed"));
        assertEquals(before + 1, taskOf(confirmed.json().getJsonObject("shadowing"), "SH-S-FAREWELL").getInt("done"));
        Api.Reply twice = Api.as(base, TOM).postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + signed.getInt("id") + "]}");
        assertEquals(0, twice.json().getInt("confirmed"), "confirming again changes nothing");
    }

    @Test
    void aTraineeConfirmsOnTheMentorsPhoneWithTheirPin() throws Exception {
        Api tomApi = Api.as(base, TOM);
        assertEquals(422, tomApi.putJson("/api/me/shadowing/pin", "{\"pin\": \"1111\"}").status(), "too easy");
        assertEquals(204, tomApi.putJson("/api/me/shadowing/pin", "{\"pin\": \"4821\"}").status());
        JsonObject signed = signOffTom("SH-S-CLOSE", "WITH_HELP", "walked to the till");
        String ids = "[" + signed.getInt("id") + "]";
        Api igorApi = Api.as(base, IGOR);
        Api.Reply wrong = igorApi.postJson("/api/shadowing/trainees/" + tom + "/pin-confirmations", "{\"pin\": \"4822\", \"signOffIds\": " + ids + "}");
        assertEquals(403, wrong.status(), wrong::toString);
        assertEquals(0, records("kind = 'CONFIRMATION' AND trainee_id = ? AND refers_to_seq = ?", tom, signed.getInt("seq")));
        Api.Reply right = igorApi.postJson("/api/shadowing/trainees/" + tom + "/pin-confirmations", "{\"pin\": \"4821\", \"signOffIds\": " + ids + "}");
        assertEquals(200, right.status(), right::toString);
        assertEquals(1, records("kind = 'CONFIRMATION' AND confirmation_method = 'PIN' AND trainee_id = ? AND refers_to_seq = ?",
                tom, signed.getInt("seq")));
        Api.Reply notHisTrainee = Api.as(base, DemoUsers.MENTOR).postJson("/api/shadowing/trainees/" + tom + "/pin-confirmations",
                "{\"pin\": \"4821\", \"signOffIds\": " + ids + "}");
        assertEquals(403, notHisTrainee.status(), "only the trainee's own mentor's phone");
    }

    @Test
    void aMentorCorrectsTheirOwnSignOffWithANewRecord() throws Exception {
        JsonObject signed = signOffTom("SH-S-OBJECT", "INDEPENDENTLY", "answered the price objection");
        Api.Reply correction = Api.as(base, IGOR).postJson("/api/shadowing/signoffs", """
                {"clientId": "%s", "traineeId": %d, "taskId": "SH-S-OBJECT", "rating": "WITH_HELP", "comment": "I stepped in", "correctsId": %d}"""
                .formatted(UUID.randomUUID(), tom, signed.getInt("id")));
        assertEquals(201, correction.status(), correction::toString);
        assertEquals("CORRECTION", correction.json().getString("kind"));
        assertEquals(1, records("id = ? AND rating = 'INDEPENDENTLY'", signed.getInt("id")), "the corrected record is unchanged");
        JsonObject entry = Api.as(base, TOM).get("/api/me/shadowing").json().getJsonArray("signOffs").stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getInt("signOffId") == signed.getInt("id")).findFirst().orElseThrow();
        assertTrue(entry.getBoolean("corrected"));
        assertEquals("WITH_HELP", entry.getString("rating"));
        assertEquals(correction.json().getInt("id"), entry.getInt("id"), "the correction is what the trainee confirms");
    }

    @Test
    void completingEveryTaskCompletesTheShadowingActivityOfTheProgram() {
        Api tomApi = Api.as(base, TOM);
        JsonObject mine = tomApi.get("/api/me/shadowing").json();
        for (JsonObject task : mine.getJsonArray("tasks").stream().map(JsonValue::asJsonObject).toList()) {
            for (int i = task.getInt("done"); i < task.getInt("required"); i++) {
                JsonObject signed = signOffTom(task.getString("id"), "INDEPENDENTLY", null);
                Api.Reply c = tomApi.postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + signed.getInt("id") + "]}");
                assertEquals(200, c.status(), c::toString);
            }
        }
        JsonObject done = tomApi.get("/api/me/shadowing").json();
        assertTrue(done.getBoolean("complete"), done::toString);
        assertEquals(100, done.getInt("percentDone"));
        JsonObject activity = tomApi.get("/api/me/program").json().getJsonArray("programs").getJsonObject(0)
                .getJsonArray("activities").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals("shadowing")).findFirst().orElseThrow();
        assertEquals("SH-SALES", activity.getString("ref"));
        assertEquals("COMPLETED", activity.getString("status"));
        assertEquals(100, activity.getInt("score"));
    }

    private static JsonObject taskOf(JsonObject shadowing, String task) {
        return shadowing.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("id").equals(task)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- photos

    @Test
    void aPhotoMustBeAJpegOrPngAndOnlyWhoMayReadTheTraineeSeesIt() throws Exception {
        String png = Base64.getEncoder().encodeToString(PNG);
        Api.Reply withPhoto = Api.as(base, IGOR).postJson("/api/shadowing/signoffs", """
                {"clientId": "%s", "traineeId": %d, "taskId": "SH-S-EXTRA", "rating": "WITH_HELP", "photo": {"contentType": "image/png", "data": "%s"}}"""
                .formatted(UUID.randomUUID(), tom, png));
        assertEquals(201, withPhoto.status(), withPhoto::toString);
        String link = withPhoto.json().getString("photo");
        Api.Reply asTom = Api.as(base, TOM).get(link);
        assertEquals(200, asTom.status());
        assertEquals("image/png", asTom.header("Content-Type"));
        assertEquals(404, Api.as(base, DemoUsers.LEARNER).get(link).status(), "another learner");

        String gifClientId = UUID.randomUUID().toString();
        Api.Reply gif = Api.as(base, IGOR).postJson("/api/shadowing/signoffs", """
                {"clientId": "%s", "traineeId": %d, "taskId": "SH-S-EXTRA", "rating": "WITH_HELP", "photo": {"contentType": "image/jpeg", "data": "%s"}}"""
                .formatted(gifClientId, tom, Base64.getEncoder().encodeToString("GIF89a-not-a-jpeg".getBytes())));
        assertEquals(422, gif.status(), gif::toString);
        assertTrue(gif.body().contains("JPEG or PNG"), gif::toString);
        assertEquals(0, records("client_id = ?", gifClientId));
    }

    // ---------------------------------------------------------------- what mentors see

    @Test
    void aMentorSeesTodaysTraineesWithTheirOpenTasks() {
        var mikhails = Api.as(base, DemoUsers.MENTOR).get("/api/mentor/trainees").array();
        JsonObject anna = mikhails.stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals("Anna Petrova")).findFirst().orElseThrow(() -> new AssertionError(mikhails));
        assertEquals("SH-SALES", anna.getString("plan"));
        assertFalse(anna.getJsonArray("openTasks").isEmpty());
        assertEquals(serverToday().toString(), anna.getJsonObject("shift").getString("date"));
        var igors = Api.as(base, IGOR).get("/api/mentor/trainees").array().toString();
        assertTrue(igors.contains("Tom Fischer"), igors);
        assertFalse(igors.contains("Daria Volkova"), "no shift with Daria today: " + igors);
        assertEquals(403, Api.as(base, DemoUsers.LEARNER).get("/api/mentor/trainees").status());
    }

    @Test
    void thePlansNameRulesOfThePublishedStandard() {
        var plans = Api.as(base, DemoUsers.AUTHOR).get("/api/shadowing/plans").array();
        Map<String, JsonObject> byId = new java.util.HashMap<>();
        plans.forEach(p -> byId.put(p.asJsonObject().getString("id"), p.asJsonObject()));
        int sales = byId.get("SH-SALES").getJsonArray("tasks").size();
        int cashier = byId.get("SH-CASHIER").getJsonArray("tasks").size();
        assertTrue(sales >= 6 && sales <= 8, "sales plan has " + sales + " tasks");
        assertTrue(cashier >= 4 && cashier <= 5, "cashier plan has " + cashier + " tasks");
        String rules = Api.as(base, DemoUsers.AUTHOR).get("/api/standards/RETAIL/rules").body();
        plans.forEach(p -> p.asJsonObject().getJsonArray("tasks").forEach(t -> t.asJsonObject().getJsonArray("rules")
                .forEach(r -> assertTrue(rules.contains("\"" + ((jakarta.json.JsonString) r).getString() + "\""), r.toString()))));
        var ru = Api.as(base, DemoUsers.AUTHOR).inLanguage("ru").get("/api/shadowing/plans/SH-CASHIER").json();
        assertTrue(ru.getString("title").matches(".*[а-яА-Я].*"), ru::toString);
    }

    @Test
    void aPlanTaskObservingAnUnknownRuleIsRefused() throws Exception {
        byte[] zip = ContentIT.zip(Map.of("company.yaml", "name: Typo Co\n", "shadowing/typo.yaml", """
                id: SH-TYPO
                title: {en: Typo, ru: Опечатка}
                positions: [CASHIER]
                tasks:
                  - {id: SH-TYPO-1, title: {en: Greet, ru: Приветствие}, rules: [GREET-99], repetitions: 2}
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("unknown rule id 'GREET-99'"), reply::toString);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM shadowing_plan WHERE code = 'SH-TYPO'"));
    }

    // ---------------------------------------------------------------- tamper evidence

    @Test
    void verifyNamesTheTraineeAndRecordChangedBehindTheApplicationsBack() throws Exception {
        JsonObject signed = signOffTom("SH-S-GREET", "WITH_HELP", "greeted two customers");
        long recordId = signed.getJsonNumber("id").longValue();
        Api admin = Api.as(base, DemoUsers.ADMIN);
        assertTrue(brokenChainsOf(admin.get("/api/shadowing/verify").json(), tom).isEmpty(), "Tom's chain is intact before");

        try (Connection c = TestDatabase.connect();
             var s = c.prepareStatement("UPDATE shadowing_record SET rating = 'INDEPENDENTLY', comment_text = ? WHERE id = ?")) {
            s.setString(1, "greeted two customers on her own");
            s.setLong(2, recordId);
            assertEquals(1, s.executeUpdate());
        }

        JsonObject report = admin.get("/api/shadowing/verify").json();
        assertFalse(report.getBoolean("intact"));
        List<JsonObject> toms = brokenChainsOf(report, tom);
        assertEquals(1, toms.size(), report::toString);
        JsonObject broken = toms.get(0);
        assertEquals(recordId, broken.getJsonNumber("recordId").longValue(), "the changed record is named");
        assertEquals(signed.getInt("seq"), broken.getInt("seq"));
        assertEquals("Tom Fischer", broken.getString("traineeName"));
        assertEquals("NW-1010", broken.getString("personnelNumber"));
        assertTrue(broken.getString("problem").contains("changed"), broken::toString);
        assertTrue(brokenChainsOf(report, idOf(DemoUsers.LEARNER)).isEmpty(), "Anna's chain is not affected");

        assertEquals(403, Api.as(base, DemoUsers.HR).get("/api/shadowing/verify").status());
        assertEquals(403, Api.as(base, IGOR).get("/api/shadowing/verify").status());
        assertNotNull(report.getString("checkedAt"));
    }

    private static List<JsonObject> brokenChainsOf(JsonObject report, long trainee) {
        return report.getJsonArray("broken").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("traineeId").longValue() == trainee).toList();
    }
}
