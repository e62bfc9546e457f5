package org.firstshift.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.firstshift.testing.Lrs;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LRS keys and launch credentials: who may make them, what they open, and that revoked ones stop working. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiKeysIT {
    static final String VERB = "{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"}";

    @ArquillianResource
    URL base;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminMakesAKeyWhoseSecretIsShownOnceAndStoredHashed() throws Exception {
        String name = "vendor " + unique();
        Api.Reply created = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.status(), created::toString);
        String key = created.json().getString("key");
        String secret = created.json().getString("secret");
        assertEquals("Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)),
                created.json().getString("authorization"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_credential WHERE secret_hash = ?", secret));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM xapi_credential WHERE key_id = ?", key));

        JsonObject listed = Api.as(base, DemoUsers.ADMIN).get("/api/xapi-keys").array().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("key").equals(key)).findFirst().orElseThrow();
        assertEquals(name, listed.getString("name"));
        assertEquals("active", listed.getString("status"));
        assertFalse(listed.containsKey("secret"));

        Lrs lrs = Lrs.with(base, created.json().getString("authorization"));
        assertEquals(200, lrs.get("/xapi/statements?limit=1").status());
    }

    @Test
    void onlyAnAdminMayMakeOrSeeKeys() {
        for (String user : new String[]{DemoUsers.HR, DemoUsers.LEARNER, DemoUsers.AUTHOR, DemoUsers.MENTOR}) {
            assertEquals(403, Api.as(base, user).postJson("/api/xapi-keys", "{\"name\":\"sneaky\"}").status(), user);
            assertEquals(403, Api.as(base, user).get("/api/xapi-keys").status(), user);
            assertEquals(403, Api.as(base, user).postJson("/api/xapi-keys/launches", "{}").status(), user);
        }
        assertEquals(401, Api.anonymous(base).get("/api/xapi-keys").status());
        Api.Reply noName = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys", "{\"name\":\"  \"}");
        assertEquals(422, noName.status(), noName::toString);
        assertTrue(noName.body().contains("name"), noName::toString);
    }

    @Test
    void aRevokedKeyIsRefused() {
        Api.Reply created = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys", "{\"name\":\"short-lived " + unique() + "\"}");
        Lrs lrs = Lrs.with(base, created.json().getString("authorization"));
        assertEquals(200, lrs.get("/xapi/statements?limit=1").status());
        Api.Reply revoked = Api.as(base, DemoUsers.ADMIN).delete("/api/xapi-keys/" + created.json().getJsonNumber("id").longValue());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("revoked", revoked.json().getString("status"));
        Api.Reply refused = lrs.get("/xapi/statements?limit=1");
        assertEquals(401, refused.status(), refused::toString);
    }

    @Test
    void withoutAValidKeyTheLrsAnswers401ButAboutIsPublic() {
        Api.Reply about = Lrs.with(base, null).version(null).get("/xapi/about");
        assertEquals(200, about.status(), about::toString);
        assertTrue(about.json().getJsonArray("version").toString().contains("1.0.3"));
        assertTrue(about.json().getJsonArray("version").toString().contains("2.0.0"));

        Api.Reply anonymous = Lrs.with(base, null).get("/xapi/statements");
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic "), anonymous.header("WWW-Authenticate"));
        assertTrue(anonymous.header("Content-Type").startsWith("application/json"), "no login page redirect");

        String wrong = "Basic " + Base64.getEncoder().encodeToString("nokey:nosecret".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, Lrs.with(base, wrong).get("/xapi/statements").status());
        // A person's password is not an LRS key.
        String person = "Basic " + Base64.getEncoder().encodeToString(("admin:" + DemoUsers.passwordOf("admin")).getBytes(StandardCharsets.UTF_8));
        assertEquals(401, Lrs.with(base, person).get("/xapi/statements").status());
    }

    @Test
    void aLaunchCredentialWritesOnlyForItsLearnerAndActivity() {
        String learner = "mailto:launch-" + unique() + "@example.com";
        String activity = "https://firstshift.example/au/" + unique();
        String registration = UUID.randomUUID().toString();
        Api.Reply issued = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys/launches",
                "{\"actor\":{\"mbox\":\"" + learner + "\"},\"activityId\":\"" + activity + "\",\"registration\":\"" + registration
                        + "\",\"validForMinutes\":30}");
        assertEquals(201, issued.status(), issued::toString);
        Lrs launch = Lrs.with(base, issued.json().getString("authorization"));

        String context = ",\"context\":{\"registration\":\"" + registration + "\"}";
        Api.Reply own = launch.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":" + VERB
                + ",\"object\":{\"id\":\"" + activity + "\"}" + context + "}");
        assertEquals(200, own.status(), own::toString);

        Api.Reply otherActor = launch.post("/xapi/statements", "{\"actor\":{\"mbox\":\"mailto:someone-else@example.com\"},\"verb\":" + VERB
                + ",\"object\":{\"id\":\"" + activity + "\"}" + context + "}");
        assertEquals(403, otherActor.status(), otherActor::toString);
        assertTrue(otherActor.body().contains("own learner"), otherActor::toString);

        Api.Reply otherActivity = launch.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":" + VERB
                + ",\"object\":{\"id\":\"https://firstshift.example/elsewhere\"}" + context + "}");
        assertEquals(403, otherActivity.status(), otherActivity::toString);

        Api.Reply otherRegistration = launch.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + learner + "\"},\"verb\":" + VERB
                + ",\"object\":{\"id\":\"" + activity + "\"},\"context\":{\"registration\":\"" + UUID.randomUUID() + "\"}}");
        assertEquals(403, otherRegistration.status(), otherRegistration::toString);

        // It reads only its learner's statements, even when asking for someone else's.
        Lrs key = Lrs.newKey(base, "other writer " + unique());
        String other = "mailto:bystander-" + unique() + "@example.com";
        assertEquals(200, key.post("/xapi/statements", "{\"actor\":{\"mbox\":\"" + other + "\"},\"verb\":" + VERB
                + ",\"object\":{\"id\":\"" + activity + "\"}}").status());
        Api.Reply read = launch.get("/xapi/statements?activity=" + java.net.URLEncoder.encode(activity, StandardCharsets.UTF_8));
        assertEquals(200, read.status(), read::toString);
        assertEquals(1, read.json().getJsonArray("statements").size(), read::toString);
        assertEquals(learner, read.json().getJsonArray("statements").getJsonObject(0).getJsonObject("actor").getString("mbox"));
    }
}
