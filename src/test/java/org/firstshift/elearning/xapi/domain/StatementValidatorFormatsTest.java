package org.firstshift.elearning.xapi.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written format checks (IRI, UUID, language tag) accept exactly what the regular expressions
 * they replaced on the ingest path accepted: the expressions are kept here as the reference.
 */
class StatementValidatorFormatsTest {
    static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    static final Pattern LANGUAGE = Pattern.compile("^(?:[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*|[xXiI](?:-[A-Za-z0-9]{1,8})+)$");

    @ParameterizedTest
    @ValueSource(strings = {"http://adlnet.gov/expapi/verbs/completed", "urn:uuid:1", "mailto:a@b.c", "a:b", "x+y.z-1:é",
            "", ":", "a:", "1a:b", "ab", "http://a b", "http://a\tb", "http://<x>", "http://a\"b", "ht_tp://a", "http:{}",
            "https://firstshift.example/activities/greeting?x=1#y", "a:b|c", "a:b\\c", "a:b^c", "a:`", "é:b", "http://a\u00a0b"})
    void isIriAgreesWithTheExpression(String text) {
        assertEquals(IRI.matcher(text).matches(), StatementValidator.isIri(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-4B20-A0A5-A4C32391AAA0", "",
            "fd41c918b88b-4b20-a0a5-a4c32391aaa0-", "fd41c918-b88b-4b20-a0a5-a4c32391aaag", "fd41c918-b88b-4b20-a0a5-a4c32391aaa",
            "fd41c918-b88b-4b20-a0a5-a4c32391aaa00", "fd41c918_b88b-4b20-a0a5-a4c32391aaa0", "\u0661d41c918-b88b-4b20-a0a5-a4c32391aaa0"})
    void isUuidAgreesWithTheExpression(String text) {
        assertEquals(UUID.matcher(text).matches(), StatementValidator.isUuid(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "ru-RU", "zh-Hant-TW", "und", "x-private", "i-klingon", "X-a-b", "es-419",
            "", "e", "-", "en-", "-en", "en--US", "toolongtag", "en-toolongsub", "x", "x-", "i", "1n", "en_US", "q-a",
            "abcdefgh-12345678", "abcdefghi", "en-US-", "sgn-BE-FR"})
    void isLanguageTagAgreesWithTheExpression(String text) {
        assertEquals(LANGUAGE.matcher(text).matches(), StatementValidator.isLanguageTag(text), text);
    }

    /** Random strings over the characters that matter to the three formats. */
    @Test
    void randomStringsAgreeWithTheExpressions() {
        Random random = new Random(20261203);
        String alphabet = "aZx9iIX-:.+ f\t<\"{|`é_0";
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            int length = random.nextInt(14);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            if (IRI.matcher(s).matches() != StatementValidator.isIri(s)
                    || LANGUAGE.matcher(s).matches() != StatementValidator.isLanguageTag(s)) {
                disagreements.add(s);
            }
        }
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements, e.g. " + disagreements.subList(0, Math.min(5, disagreements.size())));
    }

    @Test
    void aFailedRuleNamesTheFullPath() {
        String s = StatementValidatorTest.statement(null, null, null,
                "\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"https://a.example/1\"},{\"id\":\"no iri\"}]}}");
        String message = StatementValidatorTest.refused(s);
        assertTrue(message.startsWith("statement.context.contextActivities.parent[1].id: "), message);
    }
}
