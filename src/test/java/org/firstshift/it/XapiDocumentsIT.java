package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State, activity profile and agent profile documents with ETags and preconditions; activities and agents. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiDocumentsIT {
    static final String JSON = "application/json";

    @ArquillianResource
    URL base;

    private static Lrs lrs;
    private String agent;
    private String activity;
    private String mbox;

    @BeforeEach
    void key() {
        if (lrs == null) {
            lrs = Lrs.newKey(base, "documents test " + UUID.randomUUID());
        }
        String u = UUID.randomUUID().toString().substring(0, 8);
        mbox = "mailto:doc-" + u + "@example.com";
        agent = enc("{\"mbox\":\"" + mbox + "\"}");
        activity = "https://firstshift.example/activities/doc-" + u;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String state(String extra) {
        return "/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + agent + extra;
    }

    @Test
    void stateIsStoredReadMergedListedAndDeleted() {
        Api.Reply put = lrs.send("PUT", state("&stateId=bookmark"), JSON, "{\"page\":3,\"lang\":\"en\"}", Map.of());
        assertEquals(204, put.status(), put::toString);
        Api.Reply got = lrs.get(state("&stateId=bookmark"));
        assertEquals(200, got.status(), got::toString);
        assertEquals(3, got.json().getInt("page"));
        assertNotNull(got.header("ETag"));
        assertTrue(got.header("Content-Type").startsWith(JSON));

        Api.Reply merged = lrs.send("POST", state("&stateId=bookmark"), JSON, "{\"page\":4,\"seen\":true}", Map.of());
        assertEquals(204, merged.status(), merged::toString);
        Api.Reply after = lrs.get(state("&stateId=bookmark"));
        assertEquals(4, after.json().getInt("page"));
        assertEquals("en", after.json().getString("lang"));
        assertTrue(after.json().getBoolean("seen"));
        assertNotEquals(got.header("ETag"), after.header("ETag"));

        Instant between = Instant.now();
        lrs.send("PUT", state("&stateId=suspend"), "text/plain", "cmi.suspend_data=abc", Map.of());
        Api.Reply text = lrs.get(state("&stateId=suspend"));
        assertEquals("cmi.suspend_data=abc", text.body());
        assertTrue(text.header("Content-Type").startsWith("text/plain"));
        Api.Reply mergeText = lrs.send("POST", state("&stateId=suspend"), JSON, "{\"a\":1}", Map.of());
        assertEquals(400, mergeText.status(), "a non-JSON document cannot be merged: " + mergeText);

        assertEquals(List.of("bookmark", "suspend"), ids(state("")));
        assertEquals(List.of("suspend"), ids(state("&since=" + enc(between.minusMillis(1).toString()))));

        String registration = UUID.randomUUID().toString();
        lrs.send("PUT", state("&registration=" + registration + "&stateId=other"), JSON, "{}", Map.of());
        assertEquals(List.of("other"), ids(state("&registration=" + registration)));
        assertEquals(List.of("bookmark", "suspend"), ids(state("")), "a registration's state is separate");

        assertEquals(204, lrs.delete(state("&stateId=suspend"), Map.of()).status());
        assertEquals(404, lrs.get(state("&stateId=suspend")).status());
        assertEquals(204, lrs.delete(state(""), Map.of()).status());
        assertEquals(List.of(), ids(state("")));
        assertEquals(List.of("other"), ids(state("&registration=" + registration)));
    }

    @Test
    void profilesFollowTheConcurrencyRules() {
        String profile = "/xapi/activities/profile?activityId=" + enc(activity) + "&profileId=settings";
        Api.Reply created = lrs.send("PUT", profile, JSON, "{\"v\":1}", Map.of("If-None-Match", "*"));
        assertEquals(204, created.status(), created::toString);
        String etag = lrs.get(profile).header("ETag");

        Api.Reply again = lrs.send("PUT", profile, JSON, "{\"v\":2}", Map.of("If-None-Match", "*"));
        assertEquals(412, again.status(), "it exists already: " + again);
        Api.Reply blind = lrs.send("PUT", profile, JSON, "{\"v\":2}", Map.of());
        assertEquals(409, blind.status(), "a blind overwrite of a profile: " + blind);
        Api.Reply stale = lrs.send("PUT", profile, JSON, "{\"v\":2}", Map.of("If-Match", "\"0000000000000000000000000000000000000000\""));
        assertEquals(412, stale.status(), stale::toString);
        Api.Reply fresh = lrs.send("PUT", profile, JSON, "{\"v\":2}", Map.of("If-Match", etag));
        assertEquals(204, fresh.status(), fresh::toString);
        assertEquals(2, lrs.get(profile).json().getInt("v"));
        Api.Reply staleDelete = lrs.delete(profile, Map.of("If-Match", etag));
        assertEquals(412, staleDelete.status(), "the old ETag no longer matches: " + staleDelete);
        assertEquals(204, lrs.delete(profile, Map.of()).status());
        assertEquals(404, lrs.get(profile).status());

        String agentProfile = "/xapi/agents/profile?agent=" + agent + "&profileId=prefs";
        assertEquals(204, lrs.send("POST", agentProfile, JSON, "{\"a\":1}", Map.of()).status());
        assertEquals(204, lrs.send("POST", agentProfile, JSON, "{\"b\":2}", Map.of()).status());
        Api.Reply prefs = lrs.get(agentProfile);
        assertEquals(1, prefs.json().getInt("a"));
        assertEquals(2, prefs.json().getInt("b"));
        assertEquals(List.of("prefs"), ids("/xapi/agents/profile?agent=" + agent));
    }

    @Test
    void activitiesAndAgentsDescribeWhatTheLrsKnows() {
        Api.Reply unknown = lrs.get("/xapi/activities?activityId=" + enc(activity));
        assertEquals(200, unknown.status(), unknown::toString);
        assertEquals(activity, unknown.json().getString("id"));
        lrs.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"en\":\"Greeting guests\"}}}}");
        Api.Reply known = lrs.get("/xapi/activities?activityId=" + enc(activity));
        assertEquals("Greeting guests", known.json().getJsonObject("definition").getJsonObject("name").getString("en"));

        Api.Reply person = lrs.get("/xapi/agents?agent=" + enc("{\"mbox\":\"" + mbox + "\",\"name\":\"Doc\"}"));
        assertEquals(200, person.status(), person::toString);
        assertEquals("Person", person.json().getString("objectType"));
        assertEquals(mbox, person.json().getJsonArray("mbox").getString(0));
    }

    @Test
    void badParametersAreNamed() {
        Api.Reply noAgent = lrs.get("/xapi/activities/state?activityId=" + enc(activity));
        assertEquals(400, noAgent.status());
        assertTrue(noAgent.json().getString("message").contains("agent: is required"), noAgent::toString);
        Api.Reply badActivity = lrs.get("/xapi/activities/state?activityId=nope&agent=" + agent);
        assertEquals(400, badActivity.status());
        assertTrue(badActivity.json().getString("message").contains("activityId"));
        assertEquals(400, lrs.get(state("&registration=nope")).status());
        assertEquals(400, lrs.get(state("&colour=red")).status());
        assertEquals(400, lrs.send("PUT", state(""), JSON, "{}", Map.of()).status(), "a write needs a stateId");
        assertEquals(400, lrs.version(null).get(state("")).status(), "the version header is required here too");
        assertEquals(401, Lrs.with(base, null).get(state("")).status());
    }

    @Test
    void aLaunchCredentialReachesOnlyItsOwnDocuments() {
        Api.Reply issued = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys/launches",
                "{\"actor\":{\"mbox\":\"" + mbox + "\"},\"activityId\":\"" + activity + "\",\"validForMinutes\":5}");
        assertEquals(201, issued.status(), issued::toString);
        Lrs launch = Lrs.with(base, issued.json().getString("authorization"));
        assertEquals(204, launch.send("PUT", state("&stateId=s"), JSON, "{}", Map.of()).status());
        String otherAgent = enc("{\"mbox\":\"mailto:someone-else@example.com\"}");
        assertEquals(403, launch.get("/xapi/activities/state?activityId=" + enc(activity) + "&agent=" + otherAgent).status());
        assertEquals(403, launch.get("/xapi/activities/state?activityId=" + enc(activity + "/other") + "&agent=" + agent).status());
        assertEquals(403, launch.get("/xapi/agents/profile?agent=" + otherAgent).status());
    }

    private List<String> ids(String path) {
        Api.Reply r = lrs.get(path);
        assertEquals(200, r.status(), () -> path + " -> " + r);
        return r.array().stream().map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList();
    }
}
