package org.firstshift.elearning.xapi.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementValidatorTest {
    static final String ACTOR = "{\"mbox\":\"mailto:anna@example.com\",\"name\":\"Anna\"}";
    static final String VERB = "{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"en-US\":\"completed\"}}";
    static final String OBJECT = "{\"id\":\"https://firstshift.example/activities/greeting\",\"objectType\":\"Activity\"}";

    static JsonObject json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    /** A statement with the given parts; null parts keep the defaults. */
    static String statement(String actor, String verb, String object, String extra) {
        return "{\"actor\":" + (actor == null ? ACTOR : actor) + ",\"verb\":" + (verb == null ? VERB : verb)
                + ",\"object\":" + (object == null ? OBJECT : object) + (extra == null ? "" : "," + extra) + "}";
    }

    static void valid(String s) {
        new StatementValidator(XapiVersion.V1_0_3).validate(json(s));
        new StatementValidator(XapiVersion.V2_0_0).validate(json(s));
    }

    static String refused(String s) {
        return refused(s, XapiVersion.V1_0_3);
    }

    static String refused(String s, XapiVersion v) {
        XapiException e = assertThrows(XapiException.class, () -> new StatementValidator(v).validate(json(s)), s);
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    void aMinimalStatementIsValid() {
        valid(statement(null, null, null, null));
    }

    @Test
    void aFullStatementIsValid() {
        valid(statement(null, null,
                "{\"id\":\"http://x.example/q1\",\"definition\":{\"name\":{\"en\":\"Q1\",\"ru-RU\":\"В1\"},\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\","
                        + "\"interactionType\":\"choice\",\"correctResponsesPattern\":[\"a\"],\"choices\":[{\"id\":\"a\",\"description\":{\"en\":\"A\"}},{\"id\":\"b\"}],"
                        + "\"extensions\":{\"http://x.example/ext\":{\"any\":1}}}}",
                "\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"result\":{\"score\":{\"scaled\":0.5,\"raw\":5,\"min\":0,\"max\":10},"
                        + "\"success\":true,\"completion\":false,\"response\":\"a\",\"duration\":\"PT1H2M3.5S\"},"
                        + "\"context\":{\"registration\":\"ec531277-b57b-4c15-8d91-d292c5b2b8f7\",\"instructor\":{\"account\":{\"homePage\":\"https://hr.example\",\"name\":\"m1\"}},"
                        + "\"contextActivities\":{\"parent\":{\"id\":\"http://x.example/course\"},\"grouping\":[{\"id\":\"http://x.example/program\"}]},"
                        + "\"revision\":\"2\",\"platform\":\"FirstShift\",\"language\":\"en-GB\",\"statement\":{\"objectType\":\"StatementRef\",\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c8\"}},"
                        + "\"timestamp\":\"2026-03-01T10:15:00.123+03:00\",\"version\":\"1.0.3\""));
    }

    @Test
    void anActorNeedsExactlyOneIdentifier() {
        assertTrue(refused(statement("{\"name\":\"nobody\"}", null, null, null)).contains("statement.actor: an Agent must have exactly one of mbox, mbox_sha1sum, openid, account (found 0)"));
        assertTrue(refused(statement("{\"mbox\":\"mailto:a@b.c\",\"openid\":\"http://id.example/a\"}", null, null, null)).contains("(found 2)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.com", "mailto:", "mailto:annaexample.com", "http://example.com"})
    void anMboxMustBeAMailtoIri(String mbox) {
        assertTrue(refused(statement("{\"mbox\":\"" + mbox + "\"}", null, null, null)).contains("statement.actor.mbox"));
    }

    @Test
    void otherIdentifiersAreChecked() {
        valid(statement("{\"mbox_sha1sum\":\"" + "a".repeat(40) + "\"}", null, null, null));
        valid(statement("{\"openid\":\"https://id.example/anna\"}", null, null, null));
        assertTrue(refused(statement("{\"mbox_sha1sum\":\"abc\"}", null, null, null)).contains("mbox_sha1sum"));
        assertTrue(refused(statement("{\"openid\":\"not an iri\"}", null, null, null)).contains("statement.actor.openid"));
        assertTrue(refused(statement("{\"account\":{\"name\":\"x\"}}", null, null, null)).contains("statement.actor.account.homePage: is required"));
        assertTrue(refused(statement("{\"account\":{\"homePage\":\"https://x.example\",\"name\":\"x\",\"extra\":1}}", null, null, null)).contains("account.extra"));
    }

    @Test
    void groupsFollowTheirRules() {
        valid(statement("{\"objectType\":\"Group\",\"member\":[" + ACTOR + "]}", null, null, null));
        valid(statement("{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.com\"}", null, null, null));
        assertTrue(refused(statement("{\"objectType\":\"Group\",\"name\":\"g\"}", null, null, null)).contains("anonymous Group"));
        assertTrue(refused(statement("{\"objectType\":\"Group\",\"member\":[]}", null, null, null)).contains("at least one member"));
        assertTrue(refused(statement("{\"objectType\":\"Group\",\"member\":[{\"objectType\":\"Group\",\"mbox\":\"mailto:x@y.z\"}]}", null, null, null))
                .contains("statement.actor.member[0].objectType: a Group's members must be Agents"));
        assertTrue(refused(statement("{\"objectType\":\"Group\",\"mbox\":\"mailto:a@b.c\",\"openid\":\"http://x.example/g\"}", null, null, null)).contains("at most one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Person\"", "\"agent\"", "5"})
    void actorObjectTypeIsAgentOrGroup(String type) {
        assertTrue(refused(statement("{\"objectType\":" + type + ",\"mbox\":\"mailto:a@b.c\"}", null, null, null)).contains("statement.actor.objectType"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"completed", "", "http ://x", "urn"})
    void aVerbIdMustBeAnIri(String id) {
        assertTrue(refused(statement(null, "{\"id\":\"" + id + "\"}", null, null)).contains("statement.verb.id"));
    }

    @Test
    void languageMapsNeedLanguageTagsAndStrings() {
        assertTrue(refused(statement(null, "{\"id\":\"http://x.example/v\",\"display\":{\"not a tag\":\"x\"}}", null, null)).contains("not an RFC 5646 language tag"));
        assertTrue(refused(statement(null, "{\"id\":\"http://x.example/v\",\"display\":{\"en\":5}}", null, null)).contains("statement.verb.display.en: must be a string"));
        assertTrue(refused(statement(null, "{\"id\":\"http://x.example/v\",\"display\":\"done\"}", null, null)).contains("must be a JSON object"));
    }

    @Test
    void objectTypesAreTheFiveKnownOnes() {
        assertTrue(refused(statement(null, null, "{\"objectType\":\"Thing\",\"id\":\"http://x.example/a\"}", null))
                .contains("'Thing' is not one of Activity, Agent, Group, StatementRef, SubStatement"));
        valid(statement(null, null, "{\"objectType\":\"Agent\",\"mbox\":\"mailto:b@example.com\"}", null));
        valid(statement(null, null, "{\"objectType\":\"StatementRef\",\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\"}", null));
        assertTrue(refused(statement(null, null, "{\"objectType\":\"StatementRef\",\"id\":\"12\"}", null)).contains("statement.object.id: '12' is not a UUID"));
        assertTrue(refused(statement(null, null, "{\"id\":\"http://x.example/a\",\"definition\":{\"interactionType\":\"essay\"}}", null)).contains("interactionType"));
        assertTrue(refused(statement(null, null, "{\"definition\":{}}", null)).contains("statement.object.id: is required"));
    }

    @Test
    void subStatementsCannotNestOrCarryAnId() {
        String sub = "{\"objectType\":\"SubStatement\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}";
        valid(statement(null, null, sub, null));
        String nested = "{\"objectType\":\"SubStatement\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + sub + "}";
        assertTrue(refused(statement(null, null, nested, null)).contains("must not contain another SubStatement"));
        String withId = "{\"objectType\":\"SubStatement\",\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + OBJECT + "}";
        assertTrue(refused(statement(null, null, withId, null)).contains("statement.object.id: is not an xAPI property here"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"scaled\":1.5|outside -1..1",
            "\"scaled\":-1.01|outside -1..1",
            "\"raw\":11,\"min\":0,\"max\":10|above max",
            "\"raw\":-1,\"min\":0,\"max\":10|below min",
            "\"min\":5,\"max\":1|greater than max",
            "\"raw\":\"5\"|must be a number"})
    void scoresStayInTheirRanges(String score, String message) {
        assertTrue(refused(statement(null, null, null, "\"result\":{\"score\":{" + score + "}}")).contains(message));
    }

    @Test
    void edgeScoresAreValid() {
        valid(statement(null, null, null, "\"result\":{\"score\":{\"scaled\":-1,\"raw\":0,\"min\":0,\"max\":0}}"));
        valid(statement(null, null, null, "\"result\":{\"score\":{\"scaled\":1}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H", "P1D", "P1Y2M3DT4H5M6S", "PT0.25S", "P3W", "PT1H30M"})
    void iso8601DurationsAreAccepted(String d) {
        valid(statement(null, null, null, "\"result\":{\"duration\":\"" + d + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "PT", "1H", "PT1H2", "P1H", "PT-1S", "an hour", "P1DT"})
    void otherDurationsAreRefused(String d) {
        assertTrue(refused(statement(null, null, null, "\"result\":{\"duration\":\"" + d + "\"}")).contains("not an ISO 8601 duration"));
    }

    @Test
    void successMustBeABoolean() {
        assertTrue(refused(statement(null, null, null, "\"result\":{\"success\":\"yes\"}")).contains("statement.result.success: must be true or false"));
    }

    @Test
    void revisionAndPlatformOnlyForActivities() {
        String agentObject = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:b@example.com\"}";
        assertTrue(refused(statement(null, null, agentObject, "\"context\":{\"revision\":\"1\"}"))
                .contains("statement.context.revision: is only allowed when the statement's object is an Activity"));
        assertTrue(refused(statement(null, null, agentObject, "\"context\":{\"platform\":\"x\"}")).contains("statement.context.platform"));
    }

    @Test
    void contextIsChecked() {
        assertTrue(refused(statement(null, null, null, "\"context\":{\"registration\":\"abc\"}")).contains("statement.context.registration"));
        assertTrue(refused(statement(null, null, null, "\"context\":{\"team\":" + ACTOR + "}")).contains("must be a Group"));
        assertTrue(refused(statement(null, null, null, "\"context\":{\"contextActivities\":{\"sibling\":[]}}")).contains("contextActivities.sibling"));
        assertTrue(refused(statement(null, null, null, "\"context\":{\"extensions\":{\"plain\":1}}")).contains("key 'plain' is not an IRI"));
        assertTrue(refused(statement(null, null, null, "\"context\":{\"language\":\"english please\"}")).contains("statement.context.language"));
    }

    @Test
    void contextAgentsOnlyIn2_0() {
        String s = statement(null, null, null, "\"context\":{\"contextAgents\":[{\"objectType\":\"ContextAgent\",\"agent\":" + ACTOR
                + ",\"relevantTypes\":[\"http://x.example/mentor\"]}]}");
        new StatementValidator(XapiVersion.V2_0_0).validate(json(s));
        assertTrue(refused(s, XapiVersion.V1_0_3).contains("statement.context.contextAgents: is not an xAPI property here"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01T10:00:00Z", "yesterday", "2026-03-01T10:00:00-00:00", "2026-03-01"})
    void timestampsAreIso8601(String t) {
        assertTrue(refused(statement(null, null, null, "\"timestamp\":\"" + t + "\"")).contains("statement.timestamp"));
    }

    @Test
    void a2_0TimestampNeedsAnOffset() {
        String s = statement(null, null, null, "\"timestamp\":\"2026-03-01T10:00:00\"");
        new StatementValidator(XapiVersion.V1_0_3).validate(json(s));
        assertTrue(refused(s, XapiVersion.V2_0_0).contains("needs a time zone offset"));
    }

    @Test
    void unknownAndNullPropertiesAreRefused() {
        assertTrue(refused(statement(null, null, null, "\"mood\":\"happy\"")).contains("statement.mood: is not an xAPI property here"));
        assertTrue(refused(statement(null, null, null, "\"result\":null")).contains("statement.result: must not be null"));
        assertTrue(refused("{\"verb\":" + VERB + ",\"object\":" + OBJECT + "}").contains("statement.actor: is required"));
    }

    @Test
    void idsAndVersionsAreChecked() {
        assertTrue(refused(statement(null, null, null, "\"id\":\"not-a-uuid\"")).contains("statement.id: 'not-a-uuid' is not a UUID"));
        assertTrue(refused(statement(null, null, null, "\"version\":\"0.95\"")).contains("statement.version"));
        assertTrue(refused(statement(null, null, null, "\"version\":\"2.0.0\""), XapiVersion.V1_0_3).contains("statement.version"));
        new StatementValidator(XapiVersion.V2_0_0).validate(json(statement(null, null, null, "\"version\":\"2.0.0\"")));
    }

    @Test
    void aVoidingStatementMustTargetAStatementRef() {
        String voided = "{\"id\":\"" + StatementValidator.VOIDED + "\"}";
        valid(statement(null, voided, "{\"objectType\":\"StatementRef\",\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\"}", null));
        assertTrue(refused(statement(null, voided, null, null)).contains("a voiding statement (verb " + StatementValidator.VOIDED + ") must have a StatementRef"));
    }

    @Test
    void attachmentsNeedTheirMetadata() {
        String good = "{\"usageType\":\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en\":\"Sig\"},"
                + "\"contentType\":\"text/plain\",\"length\":12,\"sha2\":\"abc\",\"fileUrl\":\"https://x.example/f\"}";
        valid(statement(null, null, null, "\"attachments\":[" + good + "]"));
        assertTrue(refused(statement(null, null, null, "\"attachments\":[{\"usageType\":\"http://x.example/u\",\"display\":{\"en\":\"x\"},\"contentType\":\"text/plain\",\"length\":1.5,\"sha2\":\"a\"}]"))
                .contains("statement.attachments[0].length"));
        assertTrue(refused(statement(null, null, null, "\"attachments\":[{\"usageType\":\"http://x.example/u\",\"contentType\":\"text/plain\",\"length\":1,\"sha2\":\"a\"}]"))
                .contains("statement.attachments[0].display: is required"));
    }

    @Test
    void interactionComponentsNeedUniqueIds() {
        assertTrue(refused(statement(null, null, "{\"id\":\"http://x.example/q\",\"definition\":{\"interactionType\":\"choice\",\"choices\":[{\"id\":\"a\"},{\"id\":\"a\"}]}}", null))
                .contains("'a' is used twice"));
        assertTrue(refused(statement(null, null, "{\"id\":\"http://x.example/q\",\"definition\":{\"choices\":[{\"id\":\"a\"}]}}", null))
                .contains("needs an interactionType"));
    }
}
