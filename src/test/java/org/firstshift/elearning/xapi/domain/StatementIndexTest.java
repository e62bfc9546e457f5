package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.firstshift.elearning.xapi.domain.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementIndexTest {

    @Test
    void everyMentionedActivityAndAgentIsIndexed() {
        JsonObject s = json("{\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"actor\":{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:A@example.com\"}]},"
                + "\"verb\":{\"id\":\"http://x.example/v\"},\"object\":{\"objectType\":\"SubStatement\",\"actor\":{\"openid\":\"http://id.example/b\"},"
                + "\"verb\":{\"id\":\"http://x.example/w\"},\"object\":{\"id\":\"http://x.example/inner\"}},"
                + "\"context\":{\"registration\":\"EC531277-B57B-4C15-8D91-D292C5B2B8F7\",\"instructor\":{\"account\":{\"homePage\":\"https://hr.example\",\"name\":\"m1\"}},"
                + "\"contextActivities\":{\"parent\":{\"id\":\"http://x.example/course\"},\"grouping\":[{\"id\":\"http://x.example/program\"}]}},"
                + "\"authority\":{\"mbox\":\"mailto:key@example.com\"}}");
        StatementIndex i = StatementIndex.of(s);
        assertNull(i.actorIfi(), "an anonymous group has no identifier");
        assertNull(i.objectActivity());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", i.registration());
        assertEquals(Set.of("http://x.example/inner", "http://x.example/course", "http://x.example/program"), i.activities());
        assertEquals(Set.of("mbox:mailto:a@example.com", "openid:http://id.example/b", "account:https://hr.example|m1",
                "mbox:mailto:key@example.com"), i.agents());
        assertFalse(i.voiding());
    }

    @Test
    void aVoidingStatementNamesItsTarget() {
        StatementIndex i = StatementIndex.of(json("{\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
                + "\"verb\":{\"id\":\"" + StatementValidator.VOIDED + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"6FBD600F-D17C-4C74-801A-2EC2E53231C8\"}}"));
        assertTrue(i.voiding());
        assertEquals("6fbd600f-d17c-4c74-801a-2ec2e53231c8", i.targetStatement());
        assertEquals("mbox:mailto:a@example.com", i.actorIfi());
    }

    @Test
    void formatsReduceOrPickLanguages() {
        JsonObject s = json("{\"actor\":{\"mbox\":\"mailto:a@example.com\",\"name\":\"A\"},\"verb\":{\"id\":\"http://x.example/v\",\"display\":{\"en-US\":\"did\",\"ru-RU\":\"сделал\"}},"
                + "\"object\":{\"id\":\"http://x.example/a\",\"definition\":{\"name\":{\"en-US\":\"Greeting\",\"ru-RU\":\"Приветствие\"}}},"
                + "\"result\":{\"extensions\":{\"http://x.example/e\":{\"name\":{\"en\":\"kept\",\"de\":\"kept too\"}}}}}");
        JsonObject ids = StatementFormat.apply(s, StatementQuery.Format.IDS, List.of());
        assertEquals("{\"mbox\":\"mailto:a@example.com\"}", ids.getJsonObject("actor").toString());
        assertEquals("{\"id\":\"http://x.example/v\"}", ids.getJsonObject("verb").toString());
        assertEquals("{\"id\":\"http://x.example/a\"}", ids.getJsonObject("object").toString());
        JsonObject ru = StatementFormat.apply(s, StatementQuery.Format.CANONICAL, Locale.LanguageRange.parse("ru"));
        assertEquals("{\"ru-RU\":\"сделал\"}", ru.getJsonObject("verb").getJsonObject("display").toString());
        assertEquals("{\"ru-RU\":\"Приветствие\"}", ru.getJsonObject("object").getJsonObject("definition").getJsonObject("name").toString());
        assertEquals(2, ru.getJsonObject("result").getJsonObject("extensions").getJsonObject("http://x.example/e").getJsonObject("name").size(),
                "extensions are left as they are");
        JsonObject other = StatementFormat.apply(s, StatementQuery.Format.CANONICAL, Locale.LanguageRange.parse("fr"));
        assertEquals(1, other.getJsonObject("verb").getJsonObject("display").size(), "no match: one language anyway");
    }

    @Test
    void attachmentPartsMustMatchTheirHash() {
        byte[] content = "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        assertEquals(sha256, Attachment.received(sha256.toUpperCase(Locale.ROOT), "text/plain", content).sha2());
        assertTrue(assertThrows(XapiException.class, () -> Attachment.received("a".repeat(64), "text/plain", content))
                .getMessage().contains("does not match"));
        assertTrue(assertThrows(XapiException.class, () -> Attachment.received("abc", "text/plain", content))
                .getMessage().contains("not a SHA-256"));
        assertTrue(assertThrows(XapiException.class, () -> Attachment.received(null, "text/plain", content))
                .getMessage().contains("X-Experience-API-Hash"));
        String sha512 = Attachment.hash("SHA-512", content);
        assertEquals(sha512, Attachment.received(sha512, "text/plain", content).sha2());
    }
}
