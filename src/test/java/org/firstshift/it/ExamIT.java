package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.ExamFixture;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exams through the REST API: starting, autosave, submit, privacy of attempts and the key, role refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamIT {

    @ArquillianResource
    URL base;

    static final String DEMO = "RETAIL-CERT-EXAM";

    private static JsonObject start(Api api, String exam) {
        Api.Reply r = api.post("/api/exams/" + exam + "/attempts", "application/json", "");
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        return r.json();
    }

    private static Api.Reply put(Api api, long attempt, String question, String valuesJson) {
        return api.putJson("/api/exam-attempts/" + attempt + "/answers/" + question, "{\"values\":" + valuesJson + "}");
    }

    @Test
    void theDemoExamIsListedAndAStartedAttemptShowsFifteenQuestionsButNoKey() {
        ExamFixture f = new ExamFixture(1).load(base);
        Api anna = f.learners.get(0).api(base);
        var exams = anna.get("/api/exams").array();
        JsonObject demo = exams.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("id").equals(DEMO)).findFirst().orElseThrow();
        assertEquals(15, demo.getInt("questions"));
        assertEquals("RETAIL-SERVICE", demo.getString("certification"));

        Api.Reply started = anna.post("/api/exams/" + DEMO + "/attempts", "application/json", "");
        assertEquals(201, started.status(), started::toString);
        JsonObject a = started.json();
        assertEquals(15, a.getJsonArray("questions").size());
        assertTrue(a.getJsonNumber("remainingSeconds").longValue() > 29 * 60);
        assertTrue(!a.containsKey("result") || a.isNull("result"), "no result while open");
        assertFalse(started.body().contains("\"correct\""), "no answer key in an open attempt");
        assertFalse(started.body().contains("\"key\""), "no answer key in an open attempt");
        assertFalse(started.body().contains("GREET-0"), "no rule ids before the review");
        // sections in blueprint order, four of them
        List<String> sections = a.getJsonArray("questions").stream().map(q -> q.asJsonObject().getString("section")).distinct().toList();
        assertEquals(List.of("CONTACT", "PRESENT", "CLOSE", "FLOOR"), sections);

        Api.Reply again = anna.post("/api/exams/" + DEMO + "/attempts", "application/json", "");
        assertEquals(200, again.status(), "a second start resumes the open attempt");
        assertEquals(a.getJsonNumber("id").longValue(), again.json().getJsonNumber("id").longValue());
    }

    @Test
    void aLearnerCannotReadSaveOrSubmitAnotherLearnersAttempt() throws Exception {
        ExamFixture f = new ExamFixture(2).load(base);
        Api owner = f.learners.get(0).api(base);
        Api other = f.learners.get(1).api(base);
        long attempt = start(owner, f.exam).getJsonNumber("id").longValue();
        assertEquals(200, put(owner, attempt, f.q(1), "[\"a\"]").status());

        assertEquals(404, other.get("/api/exam-attempts/" + attempt).status());
        assertEquals(404, put(other, attempt, f.q(1), "[\"b\"]").status());
        assertEquals(404, other.post("/api/exam-attempts/" + attempt + "/submit", "application/json", "").status());
        assertEquals(404, other.get("/api/exam-attempts/" + attempt).status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ? AND answer_values = 'a'", attempt));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_attempt WHERE id = ? AND status = 'OPEN'", attempt));
        assertEquals(403, other.get("/api/author/exams/bank").status(), "learners never read the bank's key");
        assertEquals(403, other.get("/api/author/exams/" + f.exam + "/qti").status());
    }

    @Test
    void everyAnswerIsOneIdempotentVersionedWrite() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        Api api = f.learners.get(0).api(base);
        long attempt = start(api, f.exam).getJsonNumber("id").longValue();

        Api.Reply first = put(api, attempt, f.q(1), "[\"a\"]");
        assertEquals(200, first.status(), first::toString);
        long r1 = first.json().getJsonNumber("revision").longValue();
        assertTrue(first.json().getJsonNumber("remainingSeconds").longValue() > 0);
        Api.Reply same = put(api, attempt, f.q(1), "[\"a\"]");
        assertEquals(r1, same.json().getJsonNumber("revision").longValue(), "the same answer again changes nothing");
        Api.Reply changed = api.putJson("/api/exam-attempts/" + attempt + "/answers/" + f.q(1), "{\"values\":[\"b\"],\"revision\":" + r1 + "}");
        assertEquals(200, changed.status(), changed::toString);
        long r2 = changed.json().getJsonNumber("revision").longValue();
        assertTrue(r2 > r1);
        Api.Reply stale = api.putJson("/api/exam-attempts/" + attempt + "/answers/" + f.q(1), "{\"values\":[\"c\"],\"revision\":" + r1 + "}");
        assertEquals(409, stale.status(), "a stale tab cannot overwrite a newer answer: " + stale);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ?", attempt));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ? AND answer_values = 'b'", attempt));

        Api.Reply unknownOption = put(api, attempt, f.q(1), "[\"zz\"]");
        assertEquals(422, unknownOption.status(), unknownOption::toString);
        assertTrue(unknownOption.body().contains("choose one of the options"), unknownOption::toString);
        assertEquals(422, put(api, attempt, f.q(2), "[\"thirty\"]").status());
        assertEquals(404, put(api, attempt, "NOT-IN-ATTEMPT", "[\"a\"]").status());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ?", attempt));

        JsonObject read = api.get("/api/exam-attempts/" + attempt).json();
        JsonObject q1 = read.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("id").equals(f.q(1))).findFirst().orElseThrow();
        assertEquals("b", q1.getJsonArray("answer").getString(0), "the saved answer comes back on resume");
    }

    @Test
    void theSameSubmitTwiceIsOneResultAndTheReviewThenShowsTheKeyWithRules() throws Exception {
        ExamFixture f = new ExamFixture(1).load(base);
        Api api = f.learners.get(0).api(base);
        long attempt = start(api, f.exam).getJsonNumber("id").longValue();
        for (Map.Entry<String, String> a : f.rightAnswers().entrySet()) {
            assertEquals(200, put(api, attempt, a.getKey(), a.getValue()).status());
        }
        // Two submits at once and one after: one scoring, one result.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Api.Reply>> submits = List.of(
                () -> api.post("/api/exam-attempts/" + attempt + "/submit", "application/json", ""),
                () -> api.post("/api/exam-attempts/" + attempt + "/submit", "application/json", ""));
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> r : pool.invokeAll(submits)) {
            replies.add(r.get());
        }
        pool.shutdown();
        replies.add(api.post("/api/exam-attempts/" + attempt + "/submit", "application/json", ""));
        for (Api.Reply r : replies) {
            assertEquals(200, r.status(), r::toString);
        }
        JsonObject result = replies.get(2).json().getJsonObject("result");
        assertEquals(100.0, result.getJsonNumber("scorePercent").doubleValue());
        assertTrue(result.getBoolean("passed"));
        for (Api.Reply r : replies) {
            assertEquals(result.getString("scoredAt"), r.json().getJsonObject("result").getString("scoredAt"));
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ExamAttempt' AND entity_id = ?",
                String.valueOf(attempt)), "scored exactly once");
        assertEquals(2, result.getJsonArray("sections").size());
        var review = result.getJsonArray("review");
        assertEquals(3, review.size());
        JsonObject tf = review.stream().map(JsonValue::asJsonObject).filter(v -> v.getString("id").equals(f.q(3))).findFirst().orElseThrow();
        assertEquals("GREET-02", tf.getJsonArray("rules").getString(0));
        assertEquals("false", tf.getJsonArray("key").getString(0));

        Api.Reply late = put(api, attempt, f.q(1), "[\"a\"]");
        assertEquals(409, late.status(), "a scored attempt takes no answers: " + late);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ? AND question_code = ? AND answer_values = 'b'",
                attempt, f.q(1)));
    }

    @Test
    void attemptsAreLimitedByTheBlueprint() {
        ExamFixture f = new ExamFixture(1).load(base);
        Api api = f.learners.get(0).api(base);
        long first = start(api, f.exam).getJsonNumber("id").longValue();
        assertEquals(200, api.post("/api/exam-attempts/" + first + "/submit", "application/json", "").status());
        JsonObject failed = api.get("/api/exam-attempts/" + first).json().getJsonObject("result");
        assertFalse(failed.getBoolean("passed"), "nothing answered, nothing passed");
        long second = start(api, f.exam).getJsonNumber("id").longValue();
        assertNotEquals(first, second);
        assertEquals(200, api.post("/api/exam-attempts/" + second + "/submit", "application/json", "").status());
        Api.Reply third = api.post("/api/exams/" + f.exam + "/attempts", "application/json", "");
        assertEquals(409, third.status(), third::toString);
        assertTrue(third.body().contains("attempts"), third::toString);
    }

    @Test
    void otherRolesAreRefusedAndStrangersAreAskedToSignIn() {
        for (String user : List.of(DemoUsers.HR, DemoUsers.AUDITOR, DemoUsers.AUTHOR, DemoUsers.ADMIN)) {
            Api api = Api.as(base, user);
            assertEquals(403, api.get("/api/exams").status(), user);
            assertEquals(403, api.post("/api/exams/" + DEMO + "/attempts", "application/json", "").status(), user);
            assertEquals(403, api.putJson("/api/exam-attempts/1/answers/X", "{\"values\":[]}").status(), user);
            assertEquals(403, api.post("/api/exam-attempts/1/submit", "application/json", "").status(), user);
            assertEquals(403, api.get("/api/exam-attempts/1").status(), user);
        }
        for (String user : List.of(DemoUsers.HR, DemoUsers.AUDITOR, DemoUsers.MENTOR, "daria")) {
            Api api = Api.as(base, user);
            assertEquals(403, api.get("/api/author/exams/bank").status(), user);
            assertEquals(403, api.get("/api/author/exams/" + DEMO + "/analysis").status(), user);
            assertEquals(403, api.post("/api/author/exams/bank/csv", "text/csv", "id").status(), user);
            assertEquals(403, api.post("/api/author/exams/qti", "application/zip", new byte[]{1}).status(), user);
        }
        Api nobody = Api.anonymous(base);
        assertEquals(401, nobody.get("/api/exams").status());
        assertEquals(401, nobody.get("/api/author/exams/bank").status());
        assertEquals(200, Api.as(base, DemoUsers.AUTHOR).get("/api/author/exams/bank").status());
        assertEquals(200, Api.as(base, DemoUsers.ADMIN).get("/api/author/exams/" + DEMO).status());
    }

    @Test
    void itemAnalysisCountsScoredAttempts() {
        ExamFixture f = new ExamFixture(2).load(base);
        for (int i = 0; i < 2; i++) {
            Api api = f.learners.get(i).api(base);
            long attempt = start(api, f.exam).getJsonNumber("id").longValue();
            put(api, attempt, f.q(1), i == 0 ? "[\"b\"]" : "[\"a\"]");
            api.post("/api/exam-attempts/" + attempt + "/submit", "application/json", "");
        }
        var items = Api.as(base, DemoUsers.AUTHOR).get("/api/author/exams/" + f.exam + "/analysis").array();
        JsonObject q1 = items.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("question").equals(f.q(1))).findFirst().orElseThrow();
        assertEquals(2, q1.getInt("answered"));
        assertEquals(0.5, q1.getJsonNumber("shareCorrect").doubleValue());
        assertEquals(1, q1.getJsonObject("choices").getInt("a"));
        assertTrue(q1.getJsonArray("flags").toString().contains("few-answers"));
    }

    @Test
    void examPagesOpenOnlyForTheirRolesAndNobodySeesAnotherLearnersResult() {
        String[][] table = {
                {DemoUsers.LEARNER, "/learner/exams.xhtml", "200"},
                {DemoUsers.LEARNER, "/learner/exam.xhtml?id=" + DEMO, "200"},
                {DemoUsers.LEARNER, "/author/exams.xhtml", "403"},
                {DemoUsers.LEARNER, "/author/exam-analysis.xhtml?id=" + DEMO, "403"},
                {DemoUsers.AUTHOR, "/author/exams.xhtml", "200"},
                {DemoUsers.AUTHOR, "/author/exam-analysis.xhtml?id=" + DEMO, "200"},
                {DemoUsers.AUTHOR, "/learner/exams.xhtml", "403"},
                {DemoUsers.HR, "/learner/exam.xhtml?id=" + DEMO, "403"},
                {DemoUsers.HR, "/author/exams.xhtml", "403"},
                {DemoUsers.AUDITOR, "/learner/exam-result.xhtml?attempt=1", "403"},
        };
        for (String[] row : table) {
            assertEquals(Integer.parseInt(row[2]), Api.as(base, row[0]).get(row[1]).status(), row[0] + " " + row[1]);
        }
        ExamFixture f = new ExamFixture(2).load(base);
        Api owner = f.learners.get(0).api(base);
        long attempt = start(owner, f.exam).getJsonNumber("id").longValue();
        owner.post("/api/exam-attempts/" + attempt + "/submit", "application/json", "");
        Api.Reply mine = owner.get("/learner/exam-result.xhtml?attempt=" + attempt);
        assertTrue(mine.body().contains("id=\"exam-result\""), "the owner sees the result");
        Api.Reply theirs = f.learners.get(1).api(base).get("/learner/exam-result.xhtml?attempt=" + attempt);
        assertEquals(200, theirs.status());
        assertTrue(theirs.body().contains("id=\"no-result\"") && !theirs.body().contains("id=\"exam-result\""),
                "another learner's result looks like no result");
    }
}
