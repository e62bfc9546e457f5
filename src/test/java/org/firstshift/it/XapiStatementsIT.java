package org.firstshift.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.firstshift.testing.Api;
import org.firstshift.testing.Lrs;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statements resource as an xAPI client sees it: writes, reads, filters, paging, voiding, immutability, versions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiStatementsIT {
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    @ArquillianResource
    URL base;

    private static Lrs lrs;
    private String learner;
    private String activity;

    @BeforeEach
    void key() {
        if (lrs == null) {
            lrs = Lrs.newKey(base, "statements test " + UUID.randomUUID());
        }
        String u = UUID.randomUUID().toString().substring(0, 8);
        learner = "mailto:learner-" + u + "@example.com";
        activity = "https://firstshift.example/activities/" + u;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String statement(String verb, String extra) {
        return "{\"actor\":{\"mbox\":\"" + learner + "\",\"name\":\"Learner\"},\"verb\":{\"id\":\"" + verb
                + "\",\"display\":{\"en-US\":\"did\",\"ru-RU\":\"сделал\"}},\"object\":{\"id\":\"" + activity
                + "\",\"definition\":{\"name\":{\"en-US\":\"Greeting\",\"ru-RU\":\"Приветствие\"}}}" + (extra == null ? "" : "," + extra) + "}";
    }

    String postOne(String json) {
        Api.Reply r = lrs.post("/xapi/statements", json);
        assertEquals(200, r.status(), r::toString);
        return r.array().getString(0);
    }

    String agentParam() {
        return enc("{\"mbox\":\"" + learner + "\"}");
    }

    @Test
    void aPostedStatementIsStoredWithTheLrsProperties() {
        String id = postOne(statement(COMPLETED, null));
        Api.Reply got = lrs.get("/xapi/statements?statementId=" + id);
        assertEquals(200, got.status(), got::toString);
        assertEquals("2.0.0", got.header("X-Experience-API-Version"));
        assertNotNull(got.header("X-Experience-API-Consistent-Through"));
        assertNotNull(got.header("Last-Modified"));
        JsonObject s = got.json();
        assertEquals(id, s.getString("id"));
        assertEquals(learner, s.getJsonObject("actor").getString("mbox"));
        Instant stored = Instant.parse(s.getString("stored"));
        assertTrue(stored.isAfter(Instant.now().minusSeconds(300)), s::toString);
        assertTrue(s.getJsonObject("authority").containsKey("account"), "the key is the authority");
        assertEquals("2.0.0", s.getString("version"));
        assertNotNull(s.getString("timestamp"));
    }

    @Test
    void aBatchIsStoredAsSentWithTheLrsPropertiesInFront() {
        String upper = UUID.randomUUID().toString().toUpperCase();
        String tricky = statement(COMPLETED, "\"result\":{\"response\":\"a, [b] {c} \\\"d\\\" ,\"}");
        String replaced = statement(ATTEMPTED, "\"id\":\"" + upper + "\",\"stored\":\"2001-01-01T00:00:00Z\","
                + "\"authority\":{\"mbox\":\"mailto:someone-else@example.com\"}");
        Api.Reply r = lrs.post("/xapi/statements", " [ " + tricky + " ,\n" + replaced + " ] ");
        assertEquals(200, r.status(), r::toString);
        JsonObject first = lrs.get("/xapi/statements?statementId=" + r.array().getString(0)).json();
        assertEquals("a, [b] {c} \"d\" ,", first.getJsonObject("result").getString("response"), first::toString);
        assertEquals("2.0.0", first.getString("version"));
        JsonObject second = lrs.get("/xapi/statements?statementId=" + upper.toLowerCase()).json();
        assertEquals(upper.toLowerCase(), second.getString("id"), second::toString);
        assertTrue(Instant.parse(second.getString("stored")).isAfter(Instant.now().minusSeconds(300)), second::toString);
        assertTrue(second.getJsonObject("authority").containsKey("account"), second::toString);
    }

    @Test
    void aBatchIsStoredInOrderAndRefusedWhole() {
        Api.Reply r = lrs.post("/xapi/statements", "[" + statement(COMPLETED, null) + "," + statement(ATTEMPTED, null) + "]");
        assertEquals(200, r.status(), r::toString);
        assertEquals(2, r.array().size());
        Api.Reply bad = lrs.post("/xapi/statements", "[" + statement(COMPLETED, null) + "," + statement("not an iri", null) + "]");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.json().getString("message").contains("statements[1]: statement.verb.id: 'not an iri' is not an absolute IRI"), bad::toString);
        Api.Reply all = lrs.get("/xapi/statements?agent=" + agentParam());
        assertEquals(2, all.json().getJsonArray("statements").size(), "nothing of the refused batch was stored");
    }

    @Test
    void putStoresUnderTheGivenIdAndRepeatsAreNoOpsButChangesConflict() {
        String id = UUID.randomUUID().toString();
        Api.Reply put = lrs.put("/xapi/statements?statementId=" + id, statement(COMPLETED, "\"timestamp\":\"2026-03-01T10:00:00Z\""));
        assertEquals(204, put.status(), put::toString);
        Api.Reply again = lrs.put("/xapi/statements?statementId=" + id, statement(COMPLETED, "\"timestamp\":\"2026-03-01T13:00:00+03:00\""));
        assertEquals(204, again.status(), "same content again is accepted: " + again);
        Api.Reply viaPost = lrs.post("/xapi/statements", statement(COMPLETED, "\"id\":\"" + id + "\",\"timestamp\":\"2026-03-01T10:00:00Z\""));
        assertEquals(200, viaPost.status(), viaPost::toString);
        assertEquals(id, viaPost.array().getString(0));
        Api.Reply changed = lrs.put("/xapi/statements?statementId=" + id, statement(ATTEMPTED, "\"timestamp\":\"2026-03-01T10:00:00Z\""));
        assertEquals(409, changed.status(), changed::toString);
        assertTrue(changed.json().getString("message").contains("cannot be changed"));
        assertEquals(COMPLETED, lrs.get("/xapi/statements?statementId=" + id).json().getJsonObject("verb").getString("id"));

        Api.Reply noId = lrs.put("/xapi/statements", statement(COMPLETED, null));
        assertEquals(400, noId.status(), noId::toString);
        Api.Reply mismatch = lrs.put("/xapi/statements?statementId=" + UUID.randomUUID(), statement(COMPLETED, "\"id\":\"" + id + "\""));
        assertEquals(400, mismatch.status(), mismatch::toString);
    }

    @Test
    void invalidStatementsAreRefusedWithTheProblemNamed() {
        Map<String, String> cases = Map.of(
                "{\"actor\":{\"name\":\"x\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + activity + "\"}}",
                "statement.actor: an Agent must have exactly one of",
                statement(COMPLETED, "\"result\":{\"score\":{\"scaled\":2}}"), "statement.result.score.scaled",
                statement(COMPLETED, "\"result\":{\"duration\":\"one hour\"}"), "statement.result.duration",
                "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:x@y.z\"},\"context\":{\"platform\":\"x\"}}",
                "statement.context.platform",
                "{\"actor\":{\"mbox\":\"anna@example.com\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + activity + "\"}}",
                "statement.actor.mbox",
                "{not json", "not valid JSON");
        cases.forEach((body, message) -> {
            Api.Reply r = lrs.post("/xapi/statements", body);
            assertEquals(400, r.status(), body + " -> " + r);
            assertTrue(r.json().getString("message").contains(message), body + " -> " + r);
        });
        Api.Reply notJson = lrs.send("POST", "/xapi/statements", "text/plain", statement(COMPLETED, null), Map.of());
        assertEquals(400, notJson.status(), notJson::toString);
    }

    @Test
    void theVersionHeaderIsRequiredAndNegotiated() {
        Api.Reply none = lrs.version(null).get("/xapi/statements?limit=1");
        assertEquals(400, none.status(), none::toString);
        assertTrue(none.json().getString("message").contains("X-Experience-API-Version"));
        assertEquals(400, lrs.version("0.95").get("/xapi/statements?limit=1").status());
        Api.Reply v1 = lrs.version("1.0.3").get("/xapi/statements?limit=1");
        assertEquals(200, v1.status());
        assertEquals("1.0.3", v1.header("X-Experience-API-Version"));
        Api.Reply v10 = lrs.version("1.0.0").post("/xapi/statements", statement(COMPLETED, null));
        assertEquals(200, v10.status(), v10::toString);
        assertEquals("1.0.0", lrs.get("/xapi/statements?statementId=" + v10.array().getString(0)).json().getString("version"));
        // 2.0 context agents are not part of 1.0.3.
        String ctx = "\"context\":{\"contextAgents\":[{\"objectType\":\"ContextAgent\",\"agent\":{\"mbox\":\"mailto:m@example.com\"}}]}";
        assertEquals(400, lrs.version("1.0.3").post("/xapi/statements", statement(COMPLETED, ctx)).status());
        assertEquals(200, lrs.post("/xapi/statements", statement(COMPLETED, ctx)).status());
    }

    @Test
    void voidingHidesAStatementWhichCanStillBeFetchedAsVoided() {
        String target = postOne(statement(COMPLETED, null));
        String voiding = postOne("{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":{\"id\":\"" + VOIDED
                + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}");
        assertEquals(404, lrs.get("/xapi/statements?statementId=" + target).status());
        Api.Reply voided = lrs.get("/xapi/statements?voidedStatementId=" + target);
        assertEquals(200, voided.status(), voided::toString);
        assertEquals(target, voided.json().getString("id"));
        assertEquals(404, lrs.get("/xapi/statements?voidedStatementId=" + voiding).status(), "the voiding statement is not voided");

        JsonArray listed = lrs.get("/xapi/statements?agent=" + agentParam()).json().getJsonArray("statements");
        Set<String> ids = new HashSet<>(listed.stream().map(v -> v.asJsonObject().getString("id")).toList());
        assertEquals(Set.of(voiding), ids, "voided statements are left out of queries; the voiding one is there");

        Api.Reply voidTheVoiding = lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":{\"id\":\"" + VOIDED
                + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + voiding + "\"}}");
        assertEquals(400, voidTheVoiding.status(), voidTheVoiding::toString);
        assertTrue(voidTheVoiding.json().getString("message").contains("voiding statements cannot be voided"));

        Api.Reply notARef = lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":{\"id\":\"" + VOIDED
                + "\"},\"object\":{\"id\":\"" + activity + "\"}}");
        assertEquals(400, notARef.status());
    }

    @Test
    void filtersNarrowTheAnswer() {
        String registration = UUID.randomUUID().toString();
        String parent = activity + "/parent";
        String other = "mailto:other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String a = postOne(statement(COMPLETED, "\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{\"parent\":[{\"id\":\"" + parent + "\"}]}}"));
        String b = postOne(statement(ATTEMPTED, null));
        String c = postOne("{\"actor\":{\"mbox\":\"" + other + "\"},\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + parent
                + "\"},\"context\":{\"instructor\":{\"mbox\":\"" + learner + "\"}}}");

        assertEquals(List.of(b, a), ids("agent=" + agentParam()));
        assertEquals(List.of(c, b, a), ids("agent=" + agentParam() + "&related_agents=true"));
        assertEquals(List.of(a), ids("agent=" + agentParam() + "&verb=" + enc(COMPLETED)));
        assertEquals(List.of(a), ids("registration=" + registration));
        assertEquals(List.of(c), ids("activity=" + enc(parent)));
        assertEquals(List.of(c, a), ids("activity=" + enc(parent) + "&related_activities=true"));
        assertEquals(List.of(a, b), ids("agent=" + agentParam() + "&ascending=true"));

        Instant stored = Instant.parse(lrs.get("/xapi/statements?statementId=" + b).json().getString("stored"));
        assertEquals(List.of(b, a), ids("agent=" + agentParam() + "&until=" + enc(stored.toString())));
        assertEquals(List.of(), ids("agent=" + agentParam() + "&since=" + enc(Instant.now().plusSeconds(3600).toString())));

        Api.Reply bad = lrs.get("/xapi/statements?agent=" + enc("{\"name\":\"nobody\"}"));
        assertEquals(400, bad.status());
        assertTrue(bad.json().getString("message").startsWith("agent: "), bad::toString);
        assertEquals(400, lrs.get("/xapi/statements?colour=red").status());
        assertEquals(400, lrs.get("/xapi/statements?statementId=" + a + "&verb=" + enc(COMPLETED)).status());
    }

    @Test
    void pagesFollowTheMoreLink() {
        String registration = UUID.randomUUID().toString();
        Set<String> posted = new HashSet<>();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 7; i++) {
            batch.append(i == 0 ? "" : ",").append(statement(COMPLETED, "\"context\":{\"registration\":\"" + registration + "\"}"));
        }
        Api.Reply r = lrs.post("/xapi/statements", batch.append("]").toString());
        r.array().forEach(v -> posted.add(((jakarta.json.JsonString) v).getString()));

        Set<String> seen = new HashSet<>();
        String next = "/xapi/statements?registration=" + registration + "&limit=3";
        int pages = 0;
        while (!next.isEmpty()) {
            Api.Reply page = lrs.get(next);
            assertEquals(200, page.status(), page::toString);
            JsonArray statements = page.json().getJsonArray("statements");
            assertTrue(statements.size() <= 3);
            statements.forEach(s -> assertTrue(seen.add(s.asJsonObject().getString("id")), "no statement twice"));
            next = page.json().getString("more");
            if (!next.isEmpty()) {
                assertTrue(next.startsWith(base.getPath() + "xapi/statements?more=") || next.startsWith("/xapi/statements?more="), next);
                next = next.substring(next.indexOf("/xapi/"));
            }
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(posted, seen);
        assertEquals(400, lrs.get("/xapi/statements?more=forged").status());
    }

    @Test
    void formatsShapeTheAnswer() {
        String id = postOne(statement(COMPLETED, null));
        JsonObject ids = lrs.get("/xapi/statements?statementId=" + id + "&format=ids").json();
        assertFalse(ids.getJsonObject("actor").containsKey("name"));
        assertFalse(ids.getJsonObject("verb").containsKey("display"));
        assertFalse(ids.getJsonObject("object").containsKey("definition"));
        JsonObject canonical = lrs.get("/xapi/statements?statementId=" + id + "&format=canonical", Map.of("Accept-Language", "ru-RU")).json();
        assertEquals("{\"ru-RU\":\"Приветствие\"}", canonical.getJsonObject("object").getJsonObject("definition").getJsonObject("name").toString());
        JsonObject exact = lrs.get("/xapi/statements?statementId=" + id + "&format=exact").json();
        assertEquals(2, exact.getJsonObject("verb").getJsonObject("display").size());
    }

    @Test
    void attachmentsTravelAsMultipartAndAreCheckedBySha2() throws Exception {
        String content = "signed by the shift lead " + UUID.randomUUID();
        String sha2 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
        String attachment = "\"attachments\":[{\"usageType\":\"http://id.tincanapi.com/attachment/supporting_media\","
                + "\"display\":{\"en\":\"note\"},\"contentType\":\"text/plain\",\"length\":" + content.length() + ",\"sha2\":\"" + sha2 + "\"}]";
        String json = statement(COMPLETED, attachment);

        Api.Reply withoutPart = lrs.post("/xapi/statements", json);
        assertEquals(400, withoutPart.status(), withoutPart::toString);
        assertTrue(withoutPart.json().getString("message").contains("no multipart part"), withoutPart::toString);

        Api.Reply wrongHash = lrs.send("POST", "/xapi/statements", "multipart/mixed; boundary=xyz",
                multipart("xyz", json, "text/plain", "a".repeat(64), content), Map.of());
        assertEquals(400, wrongHash.status(), wrongHash::toString);
        assertTrue(wrongHash.json().getString("message").contains("does not match its hash"), wrongHash::toString);

        Api.Reply stray = lrs.send("POST", "/xapi/statements", "multipart/mixed; boundary=xyz",
                multipart("xyz", statement(COMPLETED, null), "text/plain", sha2, content), Map.of());
        assertEquals(400, stray.status(), stray::toString);
        assertTrue(stray.json().getString("message").contains("belongs to no attachment"), stray::toString);

        Api.Reply stored = lrs.send("POST", "/xapi/statements", "multipart/mixed; boundary=xyz",
                multipart("xyz", json, "text/plain", sha2, content), Map.of());
        assertEquals(200, stored.status(), stored::toString);
        String id = stored.array().getString(0);

        Api.Reply plain = lrs.get("/xapi/statements?statementId=" + id);
        assertTrue(plain.header("Content-Type").startsWith("application/json"));
        Api.Reply withAttachments = lrs.get("/xapi/statements?statementId=" + id + "&attachments=true");
        assertEquals(200, withAttachments.status(), withAttachments::toString);
        assertTrue(withAttachments.header("Content-Type").startsWith("multipart/mixed"), withAttachments.header("Content-Type"));
        assertTrue(withAttachments.body().contains(content), withAttachments::toString);
        assertTrue(withAttachments.body().contains("X-Experience-API-Hash: " + sha2), withAttachments::toString);
        assertTrue(withAttachments.body().contains("\"id\":\"" + id + "\""), withAttachments::toString);

        Api.Reply listed = lrs.get("/xapi/statements?agent=" + agentParam() + "&attachments=true");
        assertTrue(listed.header("Content-Type").startsWith("multipart/mixed"));
        assertTrue(listed.body().contains(content));
    }

    static String multipart(String boundary, String json, String type, String sha2, String content) {
        return "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
                + "\r\nContent-Type: " + type + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }

    private List<String> ids(String query) {
        Api.Reply r = lrs.get("/xapi/statements?" + query);
        assertEquals(200, r.status(), () -> query + " -> " + r);
        return r.json().getJsonArray("statements").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }
}
