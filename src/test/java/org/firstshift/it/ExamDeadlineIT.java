package org.firstshift.it;

import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.ExamFixture;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's deadline, for real: a one-minute exam. After the deadline an answer is refused
 * and the attempt is scored with what was saved; an attempt nobody touches is closed by the
 * deadline timer on its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamDeadlineIT {

    @ArquillianResource
    URL base;

    @Test
    void afterTheDeadlineAnswersAreRefusedAndTheSavedOnesAreScored() throws Exception {
        ExamFixture f = new ExamFixture(2, 1).load(base);
        Api late = f.learners.get(0).api(base);
        Api idle = f.learners.get(1).api(base);
        JsonObject a = late.post("/api/exams/" + f.exam + "/attempts", "application/json", "").json();
        long lateId = a.getJsonNumber("id").longValue();
        long idleId = idle.post("/api/exams/" + f.exam + "/attempts", "application/json", "").json().getJsonNumber("id").longValue();
        assertTrue(a.getJsonNumber("remainingSeconds").longValue() <= 60);
        assertEquals(200, late.putJson("/api/exam-attempts/" + lateId + "/answers/" + f.q(1), "{\"values\":[\"b\"]}").status());
        assertEquals(200, idle.putJson("/api/exam-attempts/" + idleId + "/answers/" + f.q(3), "{\"values\":[\"false\"]}").status());

        Instant deadline = Instant.parse(a.getString("deadline"));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 4000);

        Api.Reply refused = late.putJson("/api/exam-attempts/" + lateId + "/answers/" + f.q(2), "{\"values\":[\"30\"]}");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.body().contains("closed"), refused::toString);
        JsonObject scored = late.get("/api/exam-attempts/" + lateId).json();
        assertEquals("CLOSED_BY_DEADLINE", scored.getString("status"));
        assertEquals(0, scored.getJsonNumber("remainingSeconds").longValue());
        assertEquals(1, scored.getJsonObject("result").getInt("correct"), "the answer saved in time counts");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM exam_answer WHERE attempt_id = ? AND question_code = ?", lateId, f.q(2)));

        // Nobody touches the idle attempt: the deadline timer (every 20 s) scores it.
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until
                && TestDatabase.count("SELECT COUNT(*) FROM exam_attempt WHERE id = ? AND status = 'CLOSED_BY_DEADLINE'", idleId) == 0) {
            Thread.sleep(1000);
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM exam_attempt WHERE id = ? AND status = 'CLOSED_BY_DEADLINE' "
                + "AND correct_count = 1", idleId), "closed by the timer with its saved answer");
    }
}
