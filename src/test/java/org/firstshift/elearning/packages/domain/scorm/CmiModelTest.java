package org.firstshift.elearning.packages.domain.scorm;

import org.firstshift.elearning.packages.domain.PackageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run-time data model's answers and error codes, as SCORM 1.2 RTE 3 and SCORM 2004 RTE 4 define them. */
class CmiModelTest {

    static CmiModel scorm12() {
        return CmiModel.fresh(PackageKind.SCORM_12, "42", "Petrova, Anna", 80.0, "start=1");
    }

    static CmiModel scorm2004() {
        return CmiModel.fresh(PackageKind.SCORM_2004, "42", "Anna Petrova", 0.8, null);
    }

    @ParameterizedTest(name = "1.2 SetValue({0}, {1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cmi.core.lesson_status      | completed      | 0
            cmi.core.lesson_status      | done           | 405
            cmi.core.lesson_status      | not attempted  | 405
            cmi.core.score.raw          | 85             | 0
            cmi.core.score.raw          | 101            | 405
            cmi.core.score.raw          | eighty         | 405
            cmi.core.student_id         | 7              | 403
            cmi.core.total_time         | 0000:01:00     | 403
            cmi.core._children          | x              | 402
            cmi.objectives._count       | 3              | 402
            cmi.core.session_time       | 0000:05:30.5   | 0
            cmi.core.session_time       | 5 minutes      | 405
            cmi.core.exit               | suspend        | 0
            cmi.core.exit               | later          | 405
            cmi.no_such_element         | 1              | 201
            cmi.objectives.0.id         | obj1           | 0
            cmi.objectives.1.id         | obj1           | 201
            cmi.interactions.0.type     | choice         | 0
            cmi.interactions.0.type     | essay          | 405
            cmi.interactions.0.time     | 25:00:00       | 405
            cmi.student_preference.text | 2              | 405
            """)
    void scorm12SetValue(String element, String value, int error) {
        assertEquals(error, scorm12().set(element, value));
    }

    @ParameterizedTest(name = "2004 SetValue({0}, {1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cmi.completion_status          | completed          | 0
            cmi.completion_status          | done               | 406
            cmi.success_status             | passed             | 0
            cmi.score.scaled               | 0.9                | 0
            cmi.score.scaled               | 1.5                | 407
            cmi.score.scaled               | high               | 406
            cmi.progress_measure           | -0.1               | 407
            cmi.learner_id                 | 7                  | 404
            cmi._version                   | 2.0                | 404
            cmi.score._children            | raw                | 404
            cmi.interactions._count        | 1                  | 404
            cmi.session_time               | PT5M30.5S          | 0
            cmi.session_time               | 00:05:30           | 406
            cmi.exit                       | suspend            | 0
            cmi.exit                       | later              | 406
            cmi.core.lesson_status         | completed          | 401
            cmi.interactions.0.type        | choice             | 408
            cmi.interactions.1.id          | q2                 | 351
            cmi.objectives.0.score.scaled  | 0.5                | 408
            cmi.interactions.0.id          | q1                 | 0
            cmi.interactions.0.timestamp   | 2026-12-03T08:00:00Z | 408
            adl.nav.request                | continue           | 0
            adl.nav.request                | {target=sco2}choice | 0
            adl.nav.request                | sideways           | 406
            adl.nav.request_valid.continue | true               | 404
            """)
    void scorm2004SetValue(String element, String value, int error) {
        assertEquals(error, scorm2004().set(element, value));
    }

    @Test
    void scorm12GetValue() {
        CmiModel m = scorm12();
        assertEquals(new CmiModel.Result("42", 0), m.get("cmi.core.student_id"));
        assertEquals(new CmiModel.Result("80", 0), m.get("cmi.student_data.mastery_score"));
        assertEquals(new CmiModel.Result("not attempted", 0), m.get("cmi.core.lesson_status"));
        assertEquals(404, m.get("cmi.core.exit").error(), "write-only");
        assertEquals(404, m.get("cmi.core.session_time").error(), "write-only");
        assertEquals(new CmiModel.Result("raw,min,max", 0), m.get("cmi.core.score._children"));
        assertEquals(202, m.get("cmi.core.lesson_status._children").error());
        assertEquals(203, m.get("cmi.core.lesson_status._count").error());
        assertEquals(new CmiModel.Result("0", 0), m.get("cmi.interactions._count"));
        assertEquals(new CmiModel.Result("", 0), m.get("cmi.core.lesson_location"), "unset is empty in 1.2");
        assertEquals(201, m.get("cmi.objectives.0.id").error(), "no such record yet");
        assertEquals(201, m.get("cmi.nope").error());
        assertEquals(0, m.set("cmi.objectives.0.id", "o1"));
        assertEquals(new CmiModel.Result("1", 0), m.get("cmi.objectives._count"));
        assertEquals(0, m.set("cmi.comments", "Good. "));
        assertEquals(0, m.set("cmi.comments", "Clear."));
        assertEquals("Good. Clear.", m.get("cmi.comments").value(), "1.2 appends comments");
    }

    @Test
    void scorm2004GetValue() {
        CmiModel m = scorm2004();
        assertEquals(new CmiModel.Result("1.0", 0), m.get("cmi._version"));
        assertEquals(new CmiModel.Result("0.8", 0), m.get("cmi.scaled_passing_score"));
        assertEquals(403, m.get("cmi.location").error(), "not initialized");
        assertEquals(405, m.get("cmi.exit").error(), "write-only");
        assertEquals(401, m.get("cmi.core.lesson_status").error(), "1.2 name in 2004");
        assertEquals(301, m.get("cmi.location._count").error());
        assertEquals(301, m.get("cmi.interactions.0.id").error());
        assertEquals(new CmiModel.Result("scaled,raw,min,max", 0), m.get("cmi.score._children"));
        assertEquals(0, m.set("cmi.interactions.0.id", "q1"));
        assertEquals(0, m.set("cmi.interactions.0.type", "choice"));
        assertEquals(0, m.set("cmi.interactions.0.learner_response", "b"));
        assertEquals(351, m.set("cmi.interactions.2.id", "q3"), "records are added in order");
        assertEquals(0, m.set("cmi.interactions.1.id", "q2"));
        assertEquals(351, m.set("cmi.interactions.1.id", "q1"), "ids are unique");
        assertEquals(new CmiModel.Result("2", 0), m.get("cmi.interactions._count"));
        assertEquals(405, m.get("cmi.session_time").error());
    }

    @Test
    void suspendDataIsNotLimitedTo4096CharactersIn2004ButIsIn12() {
        String big = "x".repeat(64_000);
        CmiModel m = scorm2004();
        assertEquals(0, m.set("cmi.suspend_data", big));
        assertEquals(big, m.get("cmi.suspend_data").value());
        assertEquals(405, scorm12().set("cmi.suspend_data", "x".repeat(4097)));
        assertEquals(0, scorm12().set("cmi.suspend_data", "x".repeat(4096)));
    }

    @Test
    void aSuspendedSessionResumesWithItsLocationAndData() {
        CmiModel m = scorm2004().newSession("42", "Anna", 0.8, null);
        assertEquals("ab-initio", m.get("cmi.entry").value());
        m.set("cmi.location", "page-3");
        m.set("cmi.suspend_data", "answers=1,0,1");
        m.set("cmi.exit", "suspend");
        m.set("cmi.session_time", "PT2M");
        m.endSession();
        CmiModel resumed = new CmiModel(PackageKind.SCORM_2004, m.values()).newSession("42", "Anna", 0.8, null);
        assertEquals("resume", resumed.get("cmi.entry").value());
        assertEquals("page-3", resumed.get("cmi.location").value());
        assertEquals("answers=1,0,1", resumed.get("cmi.suspend_data").value());
        assertEquals("PT0H2M0S", resumed.get("cmi.total_time").value());

        resumed.set("cmi.exit", "normal");
        resumed.endSession();
        assertEquals(1, resumed.attempts(), "a resume continues the first attempt");
        CmiModel again = new CmiModel(PackageKind.SCORM_2004, resumed.values()).newSession("42", "Anna", 0.8, null);
        assertEquals("", again.get("cmi.entry").value(), "a normal exit ends the attempt: 2004 starts afresh");
        assertEquals(403, again.get("cmi.location").error());
        assertEquals(2, again.attempts(), "and counts a second attempt");
    }

    @Test
    void scorm12MasteryScoreDecidesPassedOrFailedAtFinish() {
        CmiModel m = scorm12().newSession("42", "Anna", 80.0, null);
        m.set("cmi.core.score.raw", "75");
        m.set("cmi.core.lesson_status", "completed");
        m.set("cmi.core.session_time", "00:01:30");
        m.endSession();
        assertEquals("failed", m.get("cmi.core.lesson_status").value());
        assertEquals("0000:01:30.00", m.get("cmi.core.total_time").value());
        assertFalse(m.status().passed());
        assertTrue(m.status().failed());
        assertEquals(75, m.status().percent());

        CmiModel n = scorm12().newSession("42", "Anna", 80.0, null);
        n.set("cmi.core.score.raw", "90");
        n.endSession();
        assertEquals("passed", n.get("cmi.core.lesson_status").value());
        assertTrue(n.status().completed());
    }

    @Test
    void scorm2004ThresholdsOverrideTheScosOwnStatuses() {
        CmiModel m = scorm2004();
        m.set("cmi.success_status", "passed");
        m.set("cmi.score.scaled", "0.5");
        assertEquals("failed", m.status().success(), "0.5 is below the passing score 0.8");
        m.set("cmi.score.scaled", "0.85");
        assertTrue(m.status().passed());
        assertTrue(m.status().completed(), "passing completes");
        assertEquals(85, m.status().percent());

        CmiModel noScore = CmiModel.fresh(PackageKind.SCORM_2004, "1", "A", null, null);
        assertEquals("unknown", noScore.status().completion());
        assertFalse(noScore.status().completed());
        noScore.set("cmi.completion_status", "completed");
        assertTrue(noScore.status().completed());
        assertNull(noScore.status().percent());
    }

    @Test
    void timespansAddUp() {
        assertEquals(9_050, Timespans.centis12("0000:01:30.5"));
        assertEquals(366_050, Timespans.centisIso("PT1H1M0.5S"));
        assertEquals("PT1H1M0.50S", Timespans.formatIso(366_050));
        assertEquals("0001:01:00.50", Timespans.format12(366_050));
    }
}
