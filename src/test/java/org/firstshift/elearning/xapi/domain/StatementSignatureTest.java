package org.firstshift.elearning.xapi.domain;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import jakarta.json.JsonObject;
import org.firstshift.testing.StatementSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.firstshift.elearning.xapi.domain.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementSignatureTest {
    static final StatementSigner VENDOR = StatementSigner.create("content vendor");
    static final StatementSigner OTHER = StatementSigner.create("someone else");
    static final String ID = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0";
    static final String SIGNED = "{\"id\":\"" + ID + "\",\"actor\":{\"mbox\":\"mailto:anna@example.com\",\"name\":\"Anna\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"en-US\":\"passed\"}},"
            + "\"object\":{\"id\":\"https://firstshift.example/activities/food-safety-exam\"},"
            + "\"result\":{\"score\":{\"scaled\":0.9},\"success\":true},\"timestamp\":\"2026-12-03T10:15:00+03:00\"}";

    /** The statement as sent: the signed one plus the signature attachment (and whatever {@code change} does to the text). */
    static JsonObject sent(String jws, String statementText) {
        return json(statementText.substring(0, statementText.length() - 1) + "," + StatementSigner.signatureAttachment(jws) + "}");
    }

    static Map<String, Attachment> part(String jws) {
        return Map.of(StatementSigner.sha256(jws), new Attachment(StatementSigner.sha256(jws), "application/octet-stream",
                jws.getBytes(StandardCharsets.US_ASCII)));
    }

    static String refused(JsonObject statement, Map<String, Attachment> parts) {
        XapiException e = assertThrows(XapiException.class, () -> StatementSignature.check(statement, parts));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "RS384", "RS512"})
    void aStatementSignedWithAnRsaAlgorithmAndItsCertificateIsAccepted(String algorithm) {
        String jws = VENDOR.sign(SIGNED, JWSAlgorithm.parse(algorithm), VENDOR);
        assertDoesNotThrow(() -> StatementSignature.check(sent(jws, SIGNED), part(jws)));
    }

    @Test
    void aStatementWithoutSignatureAttachmentIsNotChecked() {
        assertTrue(StatementSignature.declared(json(SIGNED)).isEmpty());
        assertDoesNotThrow(() -> StatementSignature.check(json(SIGNED), Map.of()));
    }

    @Test
    void anAttachmentWithTheSignatureUsageButAnotherContentTypeIsNoSignature() {
        String jws = VENDOR.sign(SIGNED);
        JsonObject s = json(SIGNED.substring(0, SIGNED.length() - 1) + ","
                + StatementSigner.signatureAttachment(jws).replace("application/octet-stream", "text/plain") + "}");
        assertTrue(StatementSignature.declared(s).isEmpty());
    }

    @Test
    void theSignatureMustComeAsAPart() {
        String jws = VENDOR.sign(SIGNED);
        assertTrue(refused(sent(jws, SIGNED), Map.of()).contains("has no multipart part"));
    }

    @Test
    void aPartThatIsNoCompactJwsIsRefused() {
        String junk = "this is not a JWS";
        String message = refused(sent(junk, SIGNED), part(junk));
        assertTrue(message.startsWith("signature: the signature is not a JWS in compact serialization"), message);
    }

    @Test
    void anHmacSignatureIsRefused() throws Exception {
        JWSObject hmac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(SIGNED));
        hmac.sign(new MACSigner("a shared secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8)));
        String jws = hmac.serialize();
        String message = refused(sent(jws, SIGNED), part(jws));
        assertTrue(message.contains("uses HS256; xAPI allows RS256, RS384 or RS512"), message);
    }

    @Test
    void aPayloadThatIsNotTheStatementSentIsRefused() {
        String jws = VENDOR.sign(SIGNED);
        String tampered = SIGNED.replace("\"scaled\":0.9", "\"scaled\":1.0");
        String message = refused(sent(jws, tampered), part(jws));
        assertTrue(message.contains("the JWS payload is not the statement sent"), message);
    }

    @Test
    void aPayloadThatIsNotJsonIsRefused() {
        String jws = VENDOR.sign("not json");
        assertTrue(refused(sent(jws, SIGNED), part(jws)).contains("the JWS payload is not a JSON statement"));
    }

    @Test
    void aSignatureMadeWithAnotherKeyThanTheX5cCertificateIsRefused() {
        String jws = OTHER.sign(SIGNED, JWSAlgorithm.RS256, VENDOR);
        String message = refused(sent(jws, SIGNED), part(jws));
        assertTrue(message.contains("does not verify with the first x5c certificate"), message);
    }

    @Test
    void aSignatureWhosePayloadWasSwappedAfterSigningIsRefused() {
        String good = VENDOR.sign(SIGNED);
        String other = SIGNED.replace("0.9", "0.2");
        String[] parts = good.split("\\.");
        String swapped = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(other) + "." + parts[2];
        String message = refused(sent(swapped, other), part(swapped));
        assertTrue(message.contains("does not verify"), message);
    }

    @Test
    void withoutX5cOnlyThePayloadIsCompared() {
        String jws = OTHER.sign(SIGNED, JWSAlgorithm.RS256, null);
        assertDoesNotThrow(() -> StatementSignature.check(sent(jws, SIGNED), part(jws)));
    }

    @Test
    void whatTheLrsMaySetDoesNotCountAsADifference() {
        String unsigned = SIGNED.replace("\"id\":\"" + ID + "\",", "").replace(",\"timestamp\":\"2026-12-03T10:15:00+03:00\"", "");
        String jws = VENDOR.sign(unsigned);
        String received = SIGNED.substring(0, SIGNED.length() - 1) + ",\"version\":\"1.0.3\",\"stored\":\"2026-12-03T07:16:00Z\","
                + "\"authority\":{\"mbox\":\"mailto:lrs@example.com\"}}";
        assertDoesNotThrow(() -> StatementSignature.check(sent(jws, received), part(jws)));
    }

    @Test
    void theComparisonFollowsDataTwoPointSix() {
        JsonObject signed = json(SIGNED);
        assertTrue(StatementComparison.signedEquivalent(signed, json(SIGNED.replace(ID, ID.toUpperCase()))), "id case");
        assertTrue(StatementComparison.signedEquivalent(signed, json(SIGNED.replace("2026-12-03T10:15:00+03:00", "2026-12-03T07:15:00Z"))),
                "the same instant in another offset");
        assertFalse(StatementComparison.signedEquivalent(signed, json(SIGNED.replace("2026-12-03T10:15:00+03:00", "2026-12-03T10:15:00Z"))),
                "another instant");
        assertFalse(StatementComparison.signedEquivalent(signed, json(SIGNED.replace(",\"timestamp\":\"2026-12-03T10:15:00+03:00\"", ""))),
                "a signed timestamp the statement sent lacks");
        assertFalse(StatementComparison.signedEquivalent(signed, json(SIGNED.replace(ID, "fd41c918-b88b-4b20-a0a5-a4c32391aaa1"))),
                "another id");
        assertFalse(StatementComparison.signedEquivalent(signed, json(SIGNED.replace("\"en-US\":\"passed\"", "\"en-GB\":\"passed\""))),
                "another verb display");
    }
}
