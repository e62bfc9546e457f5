package org.firstshift.elearning.xapi.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XapiPersonalDataTest {
    static JsonObject agent(String name) {
        return Json.createObjectBuilder().add("name", name.toUpperCase())
                .add("account", Json.createObjectBuilder().add("homePage", "https://lms.example/xapi").add("name", name)).build();
    }

    @Test
    void theErasedAgentIsReplacedAsInstructorAndTeamMemberButNotElsewhere() {
        JsonObject pseudonym = agent("erased-1");
        JsonObject statement = Json.createObjectBuilder()
                .add("actor", agent("tom"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/completed"))
                .add("object", Json.createObjectBuilder().add("id", "urn:x:task"))
                .add("context", Json.createObjectBuilder().add("instructor", agent("igor"))
                        .add("team", Json.createObjectBuilder().add("objectType", "Group")
                                .add("member", Json.createArrayBuilder().add(agent("igor")).add(agent("anna")))))
                .add("authority", agent("igor")).build();
        JsonObject out = XapiPersonalData.replaceAgent(statement, "account:https://lms.example/xapi|igor", pseudonym).asJsonObject();
        assertEquals(agent("tom"), out.getJsonObject("actor"));
        assertEquals(pseudonym, out.getJsonObject("context").getJsonObject("instructor"));
        assertEquals(pseudonym, out.getJsonObject("context").getJsonObject("team").getJsonArray("member").getJsonObject(0));
        assertEquals(agent("anna"), out.getJsonObject("context").getJsonObject("team").getJsonArray("member").getJsonObject(1));
        assertEquals(agent("igor"), out.getJsonObject("authority"), "the authority is the LRS's business, left alone");
    }
}
