package org.firstshift.elearning.cmi5.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Cmi5StatementsTest {
    static final JsonObject ANNA = Json.createObjectBuilder().add("objectType", "Agent")
            .add("account", Json.createObjectBuilder().add("homePage", "https://lms.example/xapi").add("name", "newhire")).build();
    static final Cmi5Statements.Au AU = new Cmi5Statements.Au("https://pub.example/au/1", Cmi5Statements.activityId("c1", "https://pub.example/au/1"),
            "Float", Cmi5Statements.courseId("c1"), "Cash desk", MoveOn.CompletedAndPassed, 0.8, null);

    @Test
    void moveOnCriteriaAsTheSpecDefinesThem() {
        assertTrue(MoveOn.CompletedAndPassed.satisfiedBy(true, true));
        assertFalse(MoveOn.CompletedAndPassed.satisfiedBy(true, false));
        assertTrue(MoveOn.CompletedOrPassed.satisfiedBy(false, true));
        assertFalse(MoveOn.Completed.satisfiedBy(false, true));
        assertFalse(MoveOn.Passed.satisfiedBy(true, false));
        assertTrue(MoveOn.NotApplicable.satisfiedBy(false, false));
        assertEquals(MoveOn.NotApplicable, MoveOn.of(null));
    }

    @Test
    void launchDataCarriesTheSessionThePublisherIdAndTheAuRules() {
        JsonObject data = Cmi5Statements.launchData(AU, "s-1", "https://lms.example/back");
        assertEquals("Normal", data.getString("launchMode"));
        assertEquals("CompletedAndPassed", data.getString("moveOn"));
        assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue());
        assertEquals("https://lms.example/back", data.getString("returnURL"));
        JsonObject template = data.getJsonObject("contextTemplate");
        assertEquals("s-1", template.getJsonObject("extensions").getString(Cmi5Statements.SESSION_ID));
        assertEquals("https://pub.example/au/1", template.getJsonObject("contextActivities").getJsonArray("grouping").getJsonObject(0).getString("id"));
        assertNotEquals(AU.publisherId(), AU.activityId(), "the LMS's activity id is never the publisher's");
    }

    @Test
    void lmsStatementsAreCmi5DefinedWithTheirSession() {
        JsonObject launched = Cmi5Statements.launched(ANNA, AU, "0f8f8f8f-1111-4222-8333-444455556666", "s-1", "https://lms.example/au", Instant.EPOCH);
        assertTrue(Cmi5Statements.hasCmi5Category(launched));
        assertEquals("s-1", Cmi5Statements.sessionIdOf(launched));
        JsonObject satisfied = Cmi5Statements.satisfied(ANNA, AU, "0f8f8f8f-1111-4222-8333-444455556666", "s-1", Instant.EPOCH);
        assertEquals(AU.courseActivityId(), satisfied.getJsonObject("object").getString("id"));
        JsonObject abandoned = Cmi5Statements.abandoned(ANNA, AU, "0f8f8f8f-1111-4222-8333-444455556666", "s-1", Duration.ofMinutes(3), Instant.EPOCH);
        assertEquals("PT3M", abandoned.getJsonObject("result").getString("duration"));
    }

    @Test
    void aFetchKeyWorksOnceAndOnlyWithinItsWindow() {
        Instant t = Instant.parse("2026-12-03T08:00:00Z");
        Cmi5Session s = new Cmi5Session(1, "c1", 2, AU.activityId(), "r", Cmi5Session.newFetchKey(), LaunchMode.Normal, t);
        assertEquals(null, s.fetch(t.plusSeconds(5)));
        assertTrue(s.fetch(t.plusSeconds(6)).contains("already"));
        Cmi5Session late = new Cmi5Session(1, "c1", 2, AU.activityId(), "r", Cmi5Session.newFetchKey(), LaunchMode.Normal, t);
        assertTrue(late.fetch(t.plus(Cmi5Session.FETCH_WINDOW).plusSeconds(1)).contains("expired"));
    }

    @Test
    void launchDataOfABrowseLaunchInItsOwnWindowWithAnEntitlementKey() {
        JsonObject data = Cmi5Statements.launchData(AU, "s-1", null, LaunchMode.Browse, "OwnWindow", "xyz-123");
        assertEquals("Browse", data.getString("launchMode"));
        assertEquals("OwnWindow", data.getString("launchMethod"));
        assertEquals("xyz-123", data.getJsonObject("entitlementKey").getString("courseStructure"));
        assertFalse(data.containsKey("returnURL"));
    }

    @Test
    void waivedCarriesSuccessCompletionTheReasonAndBothCategories() {
        JsonObject w = Cmi5Statements.waived(ANNA, AU, "0f8f8f8f-1111-4222-8333-444455556666", "w-1", "Tested Out", Instant.EPOCH);
        assertEquals(Verbs.WAIVED, w.getJsonObject("verb").getString("id"));
        assertTrue(w.getJsonObject("result").getBoolean("success"));
        assertTrue(w.getJsonObject("result").getBoolean("completion"));
        assertEquals("Tested Out", w.getJsonObject("result").getJsonObject("extensions").getString(Cmi5Statements.REASON));
        assertTrue(Cmi5Statements.hasCmi5Category(w));
        assertTrue(w.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("category").toString()
                .contains(Cmi5Statements.CATEGORY_MOVEON));
        assertEquals("w-1", Cmi5Statements.sessionIdOf(w));
        JsonObject block = Cmi5Statements.satisfied(ANNA, AU, "0f8f8f8f-1111-4222-8333-444455556666", "w-1",
                Cmi5Statements.blockId("c1", "https://pub.example/block/1"), "https://w3id.org/xapi/cmi5/activitytype/block", "Block", Instant.EPOCH);
        assertNotEquals("https://pub.example/block/1", block.getJsonObject("object").getString("id"), "never the publisher's block id");
    }
}
