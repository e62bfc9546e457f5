package org.firstshift.elearning.xapi.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementQueryTest {

    static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], List.of(pairs[i + 1]));
        }
        return p;
    }

    static String refused(Map<String, List<String>> p) {
        XapiException e = assertThrows(XapiException.class, () -> StatementQuery.parse(p));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    void filtersAreParsed() {
        StatementQuery q = StatementQuery.parse(params("agent", "{\"mbox\":\"mailto:Anna@Example.com\"}",
                "verb", "http://adlnet.gov/expapi/verbs/completed", "activity", "http://x.example/a",
                "registration", "EC531277-B57B-4C15-8D91-D292C5B2B8F7", "related_activities", "true",
                "related_agents", "false", "since", "2026-03-01T10:00:00Z", "until", "2026-03-02T10:00:00+02:00",
                "limit", "10", "format", "ids", "ascending", "true"));
        assertEquals("mbox:mailto:anna@example.com", q.agentIfi());
        assertEquals("http://adlnet.gov/expapi/verbs/completed", q.verb());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", q.registration());
        assertTrue(q.relatedActivities());
        assertFalse(q.relatedAgents());
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), q.since());
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), q.until());
        assertEquals(10, q.limit());
        assertEquals(StatementQuery.Format.IDS, q.format());
        assertTrue(q.ascending());
        assertFalse(q.single());
    }

    @Test
    void limitZeroOrTooHighMeansTheServerMaximum() {
        assertEquals(StatementQuery.MAX_PAGE, StatementQuery.parse(params("limit", "0")).limit());
        assertEquals(StatementQuery.MAX_PAGE, StatementQuery.parse(params()).limit());
        assertEquals(StatementQuery.MAX_PAGE, StatementQuery.parse(params("limit", "100000")).limit());
        assertTrue(refused(params("limit", "-1")).contains("limit"));
        assertTrue(refused(params("limit", "ten")).contains("limit: 'ten' is not a whole number"));
    }

    @Test
    void badValuesAreNamed() {
        assertTrue(refused(params("agent", "anna")).startsWith("agent: not a JSON object"));
        assertTrue(refused(params("agent", "{\"name\":\"Anna\"}")).contains("agent: an Agent must have exactly one"));
        assertTrue(refused(params("verb", "completed")).contains("verb: 'completed' is not an IRI"));
        assertTrue(refused(params("registration", "1")).contains("registration"));
        assertTrue(refused(params("since", "last week")).contains("since"));
        assertTrue(refused(params("format", "full")).contains("format: 'full' is not one of ids, exact, canonical"));
        assertTrue(refused(params("ascending", "yes")).contains("ascending"));
        assertTrue(refused(params("colour", "red")).contains("unknown query parameter 'colour'"));
    }

    @Test
    void aSingleStatementRequestTakesOnlyFormatAndAttachments() {
        StatementQuery q = StatementQuery.parse(params("statementId", "6FBD600F-D17C-4C74-801A-2EC2E53231C7", "format", "canonical"));
        assertTrue(q.single());
        assertEquals("6fbd600f-d17c-4c74-801a-2ec2e53231c7", q.statementId());
        assertTrue(refused(params("statementId", "6fbd600f-d17c-4c74-801a-2ec2e53231c7", "verb", "http://x.example/v"))
                .contains("'verb' cannot be combined with statementId"));
        assertTrue(refused(params("statementId", "6fbd600f-d17c-4c74-801a-2ec2e53231c7", "voidedStatementId", "6fbd600f-d17c-4c74-801a-2ec2e53231c8"))
                .contains("cannot be used together"));
        assertTrue(refused(params("voidedStatementId", "x")).contains("voidedStatementId: 'x' is not a UUID"));
    }

    @Test
    void aMoreTokenCarriesTheQueryAndTheCursor() {
        StatementQuery q = StatementQuery.parse(params("verb", "http://x.example/v?a=1&b=2", "limit", "5", "ascending", "true"));
        String token = q.more(4711);
        assertFalse(token.contains("http"), "opaque");
        StatementQuery next = StatementQuery.fromMore(token);
        assertEquals("http://x.example/v?a=1&b=2", next.verb());
        assertEquals(5, next.limit());
        assertTrue(next.ascending());
        assertEquals(4711L, next.cursor());
        assertNull(q.cursor());
    }

    @Test
    void aForgedMoreTokenIsRefused() {
        assertThrows(XapiException.class, () -> StatementQuery.fromMore("!!!"));
        assertThrows(XapiException.class, () -> StatementQuery.fromMore(java.util.Base64.getUrlEncoder().encodeToString("verb=x".getBytes())));
        assertThrows(XapiException.class, () -> StatementQuery.fromMore(java.util.Base64.getUrlEncoder().encodeToString("evil=1&cursor=1".getBytes())));
    }

    @Test
    void versionsAreNegotiated() {
        assertEquals(XapiVersion.V1_0_3, XapiVersion.of("1.0.0").orElseThrow());
        assertEquals(XapiVersion.V1_0_3, XapiVersion.of("1.0.3").orElseThrow());
        assertEquals(XapiVersion.V2_0_0, XapiVersion.of("2.0.0").orElseThrow());
        assertTrue(XapiVersion.of("0.95").isEmpty());
        assertTrue(XapiVersion.of(null).isEmpty());
        assertTrue(XapiVersion.of("3.0.0").isEmpty());
    }
}
