package org.firstshift.elearning.packages.domain.sequencing;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngine.Request.CONTINUE;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.FLOW;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.deliver;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.leaf;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingEngineTest.manifest;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingRulesTest.seq;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingRulesTest.cluster;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingRulesTest.rule;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingRulesTest.unless;
import static org.firstshift.elearning.packages.domain.sequencing.SequencingRulesTest.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * attemptAbsoluteDurationLimit (imsss:limitConditions, SCORM 2004 4th edition): read as an
 * xs:duration, measured from the start of the activity's attempt with an injected clock, refused by
 * the Limit Conditions Check on delivery and seen by the timeLimitExceeded rule condition.
 */
class SequencingTimeLimitsTest {

    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    /** A clock the test moves forward. */
    static final class Hands extends Clock {
        Instant now = T0;

        void forward(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static String limit(String duration) {
        return "<imsss:limitConditions attemptAbsoluteDurationLimit=\"" + duration + "\"/>";
    }

    @Test
    void theLimitIsReadAsAnXmlDuration() {
        SequencingEngine e = manifest(leaf("a", seq(limit("PT30M"))) + leaf("b", seq(limit("P1DT2H"))) + leaf("c", seq(limit("P1M")))
                + leaf("d", "") + FLOW);
        assertEquals(Duration.ofMinutes(30), e.find("a").orElseThrow().attemptAbsoluteDurationLimit());
        assertEquals(Duration.ofHours(26), e.find("b").orElseThrow().attemptAbsoluteDurationLimit());
        assertEquals(Duration.ofDays(31), e.find("c").orElseThrow().attemptAbsoluteDurationLimit(), "a month counts from 1970-01-01: January");
        assertNull(e.find("d").orElseThrow().attemptAbsoluteDurationLimit(), "no limit");
    }

    @Test
    void aLimitThatIsNotADurationIsRefusedByName() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> manifest(leaf("a", seq(limit("30 minutes"))) + FLOW));
        assertTrue(bad.getMessage().contains("attemptAbsoluteDurationLimit=\"30 minutes\""), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> manifest(leaf("a", seq(limit("-PT5M"))) + FLOW));
    }

    @Test
    void anAttemptPastItsLimitCannotBeDeliveredAgain() {
        Hands clock = new Hands();
        SequencingEngine e = manifest(leaf("intro", "") + leaf("exam", seq(limit("PT30M"))) + FLOW).useClock(clock);
        e.delivered("intro");
        e.report("intro", true, null);
        assertEquals("exam", deliver(e.navigate(CONTINUE, null, "intro")));
        e.begin(e.navigate(CONTINUE, null, "intro"));
        clock.forward(Duration.ofMinutes(29));
        assertTrue(e.choosable("exam", "intro"), "29 of 30 minutes: still open");
        assertFalse(e.timeLimitExceeded(e.find("exam").orElseThrow()));
        clock.forward(Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(30), e.attemptAbsoluteDuration(e.find("exam").orElseThrow()));
        assertTrue(e.timeLimitExceeded(e.find("exam").orElseThrow()));
        String refused = deliver(e.choice("exam", "intro"));
        assertTrue(refused.contains("DB.1.1-3") && refused.contains("time limit of 30m"), refused);
        assertFalse(e.canContinue("intro"), "continue to it is not valid either");
        assertEquals("false", e.requestValid("intro").get("choice.{target=exam}"));
        assertEquals("true", e.requestValid("intro").get("choice.{target=intro}"), "the other activity is not limited");
    }

    @Test
    void theClockRunsFromTheStoredStartOfTheAttemptAndAResumedAttemptGoesOn() {
        Hands clock = new Hands();
        SequencingEngine e = manifest(leaf("intro", "") + leaf("exam", seq(limit("PT1H"))) + FLOW).useClock(clock);
        e.restoreAttemptTime("exam", T0.minus(Duration.ofHours(2)), Duration.ofMinutes(5));
        e.restore("exam", 1, false, null, null, false);
        assertTrue(e.timeLimitExceeded(e.find("exam").orElseThrow()), "absolute duration: wall-clock time since the start, not time spent");
        assertFalse(e.choice("exam", null).ok());
        e.restore("exam", 1, false, null, null, true);
        assertTrue(e.choice("exam", null).ok(), "a suspended attempt is resumed, not limited (UP.1)");
    }

    @Test
    void withoutARecordedStartTheRecordedTotalTimeCounts() {
        SequencingEngine e = manifest(leaf("a", seq(limit("PT30M"))) + leaf("b", "") + FLOW).useClock(new Hands());
        e.restoreAttemptTime("a", null, Duration.ofMinutes(20));
        e.restore("a", 1, false, null);
        assertTrue(e.choice("a", null).ok());
        e.restoreAttemptTime("a", null, Duration.ofMinutes(45));
        assertFalse(e.choice("a", null).ok(), "45 minutes recorded in cmi.total_time exceed 30");
        e.restoreAttemptTime("a", null, null);
        assertTrue(e.choice("a", null).ok(), "never attempted: nothing to exceed");
    }

    @Test
    void timeLimitExceededIsTrueInRulesOnlyOnceTheLimitIsReached() {
        Hands clock = new Hands();
        // The practice part is skipped once its time is up; a pre-condition reads timeLimitExceeded.
        SequencingEngine e = manifest(leaf("intro", "") + leaf("practice", seq("<imsss:sequencingRules>"
                + rule("preConditionRule", when("timeLimitExceeded"), "skip") + "</imsss:sequencingRules>" + limit("PT10M")))
                + leaf("summary", "") + FLOW).useClock(clock);
        e.restoreAttemptTime("practice", T0, null);
        e.restore("practice", 1, false, null);
        assertEquals("practice", deliver(e.navigate(CONTINUE, null, "intro")), "time left: not skipped");
        clock.forward(Duration.ofMinutes(10));
        assertEquals("summary", deliver(e.navigate(CONTINUE, null, "intro")), "time up: the skip rule fires");
    }

    @Test
    void aClusterLimitCountsFromTheFirstOfItsActivitiesAndStopsTheRest() {
        Hands clock = new Hands();
        SequencingEngine e = manifest(cluster("unit", seq("<imsss:controlMode choice=\"true\" flow=\"true\"/>" + limit("PT1H")),
                leaf("a", ""), leaf("b", "")) + leaf("after", "") + FLOW).useClock(clock);
        e.begin(e.start());
        e.report("a", true, null);
        clock.forward(Duration.ofMinutes(59));
        assertEquals("b", deliver(e.navigate(CONTINUE, null, "a")));
        clock.forward(Duration.ofMinutes(1));
        assertTrue(deliver(e.navigate(CONTINUE, null, "a")).contains("'unit' has used its time limit of 1h"));
        assertTrue(e.choosable("after", "a"), "outside the unit the course goes on");
    }

    @Test
    void noLimitIsNeverExceededAndNoActivityIsOutsideItsTimeRange() {
        Hands clock = new Hands();
        // SCORM 2004's imsss profile has no beginTimeLimit/endTimeLimit: outsideAvailableTimeRange never holds.
        SequencingEngine e = manifest(leaf("a", seq("<imsss:sequencingRules>"
                + rule("preConditionRule", when("outsideAvailableTimeRange"), "disabled")
                + rule("preConditionRule", when("timeLimitExceeded"), "hiddenFromChoice")
                + rule("preConditionRule", unless("outsideAvailableTimeRange"), "stopForwardTraversal") + "</imsss:sequencingRules>"))
                + leaf("b", "") + FLOW).useClock(clock);
        e.begin(e.start());
        clock.forward(Duration.ofDays(400));
        assertTrue(e.choice("a", "b").ok(), "not disabled, not hidden: no limit to exceed, no range to be outside of");
        assertTrue(e.ruleAction(e.find("a").orElseThrow(), "stopForwardTraversal"), "not outsideAvailableTimeRange holds");
    }
}
