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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planning shadowing: authors write plans in the editor's API, HR moves and cancels shifts, the
 * trainee and mentor are told through their inbox, and a trainee confirming while their mentor
 * signs off never meets a server error. Uses Igor and Tom (see {@link ShadowingIT}) on days far
 * from today, so the demo pair's shifts stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShadowingPlanningIT {

    @ArquillianResource
    URL base;

    private long idOf(String user) {
        return Api.as(base, user).get("/api/me").json().getJsonNumber("id").longValue();
    }

    private long schedule(long trainee, long mentor, LocalDate day) {
        Api.Reply r = Api.as(base, DemoUsers.HR).postJson("/api/shadowing/shifts", """
                {"traineeId": %d, "mentorId": %d, "date": "%s", "startsAt": "09:00", "endsAt": "18:00"}"""
                .formatted(trainee, mentor, day));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> notices(Api who) {
        return who.get("/api/me/notices").json().getJsonArray("notices").stream().map(JsonValue::asJsonObject).toList();
    }

    // ---------------------------------------------------------------- plans written by authors

    static final String NEW_PLAN = """
            {"title": {"en": "Stockroom basics", "ru": "Основы склада"},
             "positions": ["HR_PARTNER"],
             "tasks": [{"id": "SH-STK-GREET", "title": {"en": "Greet from the stockroom door", "ru": "Приветствие у склада"},
                        "rules": ["GREET-01"], "repetitions": 2}]}""";

    @Test
    void anAuthorWritesAPlanAndEveryProblemIsNamedAtOnce() throws Exception {
        Api author = Api.as(base, DemoUsers.AUTHOR);
        Api.Reply bad = author.putJson("/api/shadowing/plans/SH-STOCK", """
                {"title": {"en": "Stockroom basics"}, "positions": ["CASHIER", "NO_SUCH_JOB"],
                 "tasks": [{"id": "SH-STK-1", "title": {"en": "Greet"}, "rules": ["GREET-99"], "repetitions": 0},
                           {"id": "SH-C-GREET", "title": {"en": "Greet again"}, "rules": ["GREET-01"], "repetitions": 1}]}""");
        assertEquals(422, bad.status(), bad::toString);
        for (String expected : List.of("unknown position 'NO_SUCH_JOB'", "position 'CASHIER' already has the plan SH-CASHIER",
                "unknown rule id 'GREET-99'", "must be 1 to 20", "'SH-C-GREET' is already used in the plan SH-CASHIER")) {
            assertTrue(bad.body().contains(expected), () -> expected + " in " + bad);
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM shadowing_plan WHERE code = 'SH-STOCK'"), "nothing saved");

        Api.Reply saved = author.putJson("/api/shadowing/plans/SH-STOCK", NEW_PLAN);
        assertEquals(200, saved.status(), saved::toString);
        JsonObject plan = Api.as(base, DemoUsers.MENTOR).get("/api/shadowing/plans/SH-STOCK").json();
        assertEquals("SH-STK-GREET", plan.getJsonArray("tasks").getJsonObject(0).getString("id"));
        assertEquals(2, plan.getJsonArray("tasks").getJsonObject(0).getInt("repetitions"));
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ShadowingPlan' AND summary LIKE ?",
                "%SH-STOCK%") >= 1, "the change is in the audit trail");
    }

    @Test
    void onlyAuthorsAndAdminsWritePlans() {
        for (String user : List.of(DemoUsers.LEARNER, DemoUsers.MENTOR, DemoUsers.HR, DemoUsers.AUDITOR)) {
            Api.Reply r = Api.as(base, user).putJson("/api/shadowing/plans/SH-NOT-MINE", NEW_PLAN);
            assertEquals(403, r.status(), () -> user + ": " + r);
        }
        assertEquals(401, Api.anonymous(base).putJson("/api/shadowing/plans/SH-NOT-MINE", NEW_PLAN).status());
    }

    @Test
    void aProgramNamingAnUnknownShadowingPlanIsRefusedAtLoad() throws Exception {
        byte[] zip = ContentIT.zip(Map.of("company.yaml", "name: Typo Co\n", "programs.yaml", """
                programs:
                  - id: TYPO-PROGRAM
                    title: {en: Typo, ru: Опечатка}
                    activities:
                      - {id: A1, type: shadowing, ref: SH-NOPE, due_day: 1}
                """));
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip);
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.body().contains("unknown shadowing 'SH-NOPE'"), reply::toString);
    }

    // ---------------------------------------------------------------- shifts moved and cancelled

    @Test
    void hrMovesAndCancelsAShiftAndBothPeopleAreTold() {
        long tom = idOf(ShadowingIT.TOM);
        long igor = idOf(ShadowingIT.IGOR);
        LocalDate day = ShadowingIT.serverToday().plusDays(50);
        long shift = schedule(tom, igor, day);
        Api hr = Api.as(base, DemoUsers.HR);
        Api.Reply moved = hr.putJson("/api/shadowing/shifts/" + shift, """
                {"date": "%s", "startsAt": "12:00", "endsAt": "20:00"}""".formatted(day.plusDays(1)));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(day.plusDays(1).toString(), moved.json().getString("date"));

        Api.Reply noReason = hr.postJson("/api/shadowing/shifts/" + shift + "/cancel", "{}");
        assertEquals(422, noReason.status(), noReason::toString);
        Api.Reply cancelled = hr.postJson("/api/shadowing/shifts/" + shift + "/cancel", "{\"reason\": \"store closed for stocktaking\"}");
        assertEquals(204, cancelled.status(), cancelled::toString);
        assertFalse(hr.get("/api/shadowing/shifts?from=" + day + "&to=" + day.plusDays(2)).body().contains("\"id\":" + shift));

        // Tom reads his notices in Russian: the date is written out in Russian, not as 2026-...
        List<JsonObject> toms = notices(Api.as(base, ShadowingIT.TOM).inLanguage("ru"));
        assertTrue(toms.stream().anyMatch(n -> n.getString("text").startsWith("Смена с наставником перенесена")), toms::toString);
        assertTrue(toms.stream().anyMatch(n -> n.getString("text").contains("отменена")), toms::toString);
        assertTrue(notices(Api.as(base, ShadowingIT.IGOR)).stream()
                .anyMatch(n -> n.getString("text").startsWith("Shadow shift moved")), "the mentor is told too");
    }

    @Test
    void aShiftWithSignOffsIsEvidenceAndCannotBeMovedOrCancelled() {
        long tom = idOf(ShadowingIT.TOM);
        long igor = idOf(ShadowingIT.IGOR);
        LocalDate today = ShadowingIT.serverToday();
        long shift = Api.as(base, DemoUsers.HR).get("/api/shadowing/shifts?from=" + today + "&to=" + today).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("traineeId").longValue() == tom && s.getJsonNumber("mentorId").longValue() == igor)
                .map(s -> s.getJsonNumber("id").longValue()).findFirst().orElseGet(() -> schedule(tom, igor, today));
        Api.Reply signed = Api.as(base, ShadowingIT.IGOR).postJson("/api/shadowing/signoffs",
                ShadowingIT.signOff(UUID.randomUUID().toString(), tom, "SH-S-GREET", "WITH_HELP", null));
        assertEquals(201, signed.status(), signed::toString);
        Api.Reply cancel = Api.as(base, DemoUsers.HR).postJson("/api/shadowing/shifts/" + shift + "/cancel", "{\"reason\": \"oops\"}");
        assertEquals(422, cancel.status(), cancel::toString);
        assertTrue(cancel.body().contains("kept as evidence"), cancel::toString);
        assertEquals(403, Api.as(base, ShadowingIT.IGOR).postJson("/api/shadowing/shifts/" + shift + "/cancel",
                "{\"reason\": \"mentors do not cancel\"}").status());
    }

    // ---------------------------------------------------------------- inbox

    @Test
    void nobodyMarksAnotherPersonsNoticeRead() {
        long tom = idOf(ShadowingIT.TOM);
        long igor = idOf(ShadowingIT.IGOR);
        schedule(tom, igor, ShadowingIT.serverToday().plusDays(60));
        JsonObject notice = notices(Api.as(base, ShadowingIT.TOM)).get(0);
        Api.Reply foreign = Api.as(base, DemoUsers.LEARNER).postJson("/api/me/notices/" + notice.getInt("id") + "/read", "{}");
        assertEquals(404, foreign.status(), foreign::toString);
        assertFalse(Api.as(base, DemoUsers.LEARNER).get("/api/me/notices").body().contains(notice.getString("text")),
                "another learner's notices are not shown");
        Api.Reply own = Api.as(base, ShadowingIT.TOM).postJson("/api/me/notices/" + notice.getInt("id") + "/read", "{}");
        assertEquals(204, own.status(), own::toString);
        assertTrue(notices(Api.as(base, ShadowingIT.TOM)).stream()
                .anyMatch(n -> n.getInt("id") == notice.getInt("id") && n.getBoolean("read")));
        assertEquals(401, Api.anonymous(base).get("/api/me/notices").status());
    }

    // ---------------------------------------------------------------- racing writers

    @Test
    void aTraineeConfirmingWhileTheMentorSignsOffNeverGetsAServerError() throws Exception {
        long tom = idOf(ShadowingIT.TOM);
        long igor = idOf(ShadowingIT.IGOR);
        LocalDate today = ShadowingIT.serverToday();
        boolean hasShift = Api.as(base, DemoUsers.HR).get("/api/shadowing/shifts?from=" + today + "&to=" + today).array().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getJsonNumber("traineeId").longValue() == tom && s.getJsonNumber("mentorId").longValue() == igor);
        if (!hasShift) {
            schedule(tom, igor, today);
        }
        Api mentor = Api.as(base, ShadowingIT.IGOR);
        List<Integer> toConfirm = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api.Reply r = mentor.postJson("/api/shadowing/signoffs",
                    ShadowingIT.signOff(UUID.randomUUID().toString(), tom, "SH-S-NEEDS", "WITH_HELP", null));
            assertEquals(201, r.status(), r::toString);
            toConfirm.add(r.json().getInt("id"));
        }
        long before = TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE trainee_id = ?", tom);
        List<Callable<Api.Reply>> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int id = toConfirm.get(i);
            writers.add(() -> Api.as(base, ShadowingIT.TOM).postJson("/api/me/shadowing/confirmations", "{\"signOffIds\": [" + id + "]}"));
            writers.add(() -> mentor.postJson("/api/shadowing/signoffs",
                    ShadowingIT.signOff(UUID.randomUUID().toString(), tom, "SH-S-NEEDS", "WITH_HELP", null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Api.Reply> f : pool.invokeAll(writers)) {
                Api.Reply r = f.get();
                assertTrue(r.status() == 200 || r.status() == 201, r::toString);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 12, TestDatabase.count("SELECT COUNT(*) FROM shadowing_record WHERE trainee_id = ?", tom),
                "six sign-offs and six confirmations, each stored once");
    }
}
