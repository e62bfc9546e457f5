package org.firstshift.elearning.xapi.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.firstshift.elearning.xapi.domain.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatementTextTest {
    static final String TRICKY = "{\"actor\":{\"mbox\":\"mailto:a@example.com\",\"name\":\"A, \\\"the\\\" [first] {one}\\\\\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"https://x.example/a\","
            + "\"definition\":{\"extensions\":{\"https://x.example/list\":[1,[2,3],{\"k\":\"]\"}]}}}}";

    @Test
    void theElementsOfABatchAreSplitAtTheTopLevelCommasOnly() {
        String other = "{ \"id\" : \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\" }";
        List<String> texts = StatementText.elements(" [ " + TRICKY + " ,\n" + other + "\t] ");
        assertEquals(List.of(TRICKY, other), texts);
        assertEquals(json(TRICKY), json(texts.get(0)));
    }

    @Test
    void aSingleStatementIsItsOwnText() {
        assertEquals(List.of(TRICKY), StatementText.elements("\n" + TRICKY + " "));
        assertEquals(List.of(), StatementText.elements("[ ]"));
        assertEquals(List.of("{}"), StatementText.elements("[{}]"));
    }

    @Test
    void theCompletedTextParsesToTheStatementWithTheLrsProperties() {
        JsonObject received = json(TRICKY);
        String authority = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://lrs.example/xapi\",\"name\":\"k1\"}}";
        String added = "\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\",\"stored\":\"2026-12-03T10:00:00Z\",\"authority\":" + authority;
        String text = StatementText.completed(TRICKY, received, "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", added);
        JsonObject expected = Json.createObjectBuilder(received).add("id", "fd41c918-b88b-4b20-a0a5-a4c32391aaa0")
                .add("stored", "2026-12-03T10:00:00Z").add("authority", json(authority)).build();
        assertEquals(expected, json(text));
    }

    @Test
    void theClientsTextIsNotKeptWhenTheLrsReplacesSomethingInIt() {
        String id = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0";
        String upper = "{\"id\":\"" + id.toUpperCase() + "\",\"actor\":{}}";
        assertNull(StatementText.completed(upper, json(upper), id, "\"stored\":\"x\""));
        String stored = "{\"stored\":\"2020-01-01T00:00:00Z\",\"actor\":{}}";
        assertNull(StatementText.completed(stored, json(stored), id, "\"stored\":\"x\""));
        String authority = "{\"authority\":{\"mbox\":\"mailto:x@example.com\"},\"actor\":{}}";
        assertNull(StatementText.completed(authority, json(authority), id, "\"stored\":\"x\""));
        String lower = "{\"id\":\"" + id + "\",\"actor\":{}}";
        assertEquals(json("{\"stored\":\"x\",\"id\":\"" + id + "\",\"actor\":{}}"),
                json(StatementText.completed(lower, json(lower), id, "\"stored\":\"x\"")));
    }
}
