package org.firstshift.it;

import com.nimbusds.jose.JWSAlgorithm;
import org.firstshift.testing.Api;
import org.firstshift.testing.Lrs;
import org.firstshift.testing.StatementSigner;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed statements (xAPI Data 2.6) as a content vendor sends them: multipart/mixed with the JWS as the signature attachment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiSignedStatementsIT {
    static final StatementSigner VENDOR = StatementSigner.create("FirstShift test content vendor");
    static final StatementSigner STRANGER = StatementSigner.create("someone else");

    @ArquillianResource
    URL base;

    private static Lrs lrs;
    private String id;
    private String statement;

    @BeforeEach
    void key() {
        if (lrs == null) {
            lrs = Lrs.newKey(base, "signed statements test " + UUID.randomUUID());
        }
        id = UUID.randomUUID().toString();
        String u = id.substring(0, 8);
        statement = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:signed-" + u + "@example.com\",\"name\":\"Learner\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"en-US\":\"passed\"}},"
                + "\"object\":{\"id\":\"https://firstshift.example/activities/signed-" + u + "\"},"
                + "\"result\":{\"score\":{\"scaled\":0.9},\"success\":true}}";
    }

    /** POSTs the statement as sent with {@code jws} as its signature part. */
    Api.Reply post(String sent, String jws) {
        String json = sent.substring(0, sent.length() - 1) + "," + StatementSigner.signatureAttachment(jws) + "}";
        return lrs.send("POST", "/xapi/statements", "multipart/mixed; boundary=sig",
                XapiStatementsIT.multipart("sig", json, "application/octet-stream", StatementSigner.sha256(jws), jws), Map.of());
    }

    long stored() throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE statement_id = ?", id);
    }

    @Test
    void aValidlySignedStatementIsStoredWithItsSignature() throws Exception {
        String jws = VENDOR.sign(statement, JWSAlgorithm.RS384, VENDOR);
        Api.Reply r = post(statement, jws);
        assertEquals(200, r.status(), r::toString);
        assertEquals(id, r.array().getString(0));

        Api.Reply withAttachments = lrs.get("/xapi/statements?statementId=" + id + "&attachments=true");
        assertEquals(200, withAttachments.status(), withAttachments::toString);
        assertTrue(withAttachments.header("Content-Type").startsWith("multipart/mixed"), withAttachments.header("Content-Type"));
        assertTrue(withAttachments.body().contains(jws), withAttachments::toString);
        assertTrue(withAttachments.body().contains(StatementSigner.SIGNATURE_USAGE), withAttachments::toString);
    }

    @Test
    void aSignatureOverAnotherStatementIsRefusedAndNothingIsStored() throws Exception {
        String jws = VENDOR.sign(statement);
        Api.Reply r = post(statement.replace("\"scaled\":0.9", "\"scaled\":1.0"), jws);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.json().getString("message").contains("the JWS payload is not the statement sent"), r::toString);
        assertEquals(0, stored());
        assertEquals(404, lrs.get("/xapi/statements?statementId=" + id).status());
    }

    @Test
    void aSignatureThatDoesNotVerifyWithItsCertificateIsRefused() throws Exception {
        String jws = STRANGER.sign(statement, JWSAlgorithm.RS256, VENDOR);
        Api.Reply r = post(statement, jws);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.json().getString("message").contains("does not verify with the first x5c certificate"), r::toString);
        assertEquals(0, stored());
    }

    @Test
    void aSignaturePartThatIsNoJwsRefusesTheWholeBatch() throws Exception {
        String otherId = UUID.randomUUID().toString();
        String other = statement.replace(id, otherId);
        String junk = "not a signature";
        String signedJson = statement.substring(0, statement.length() - 1) + "," + StatementSigner.signatureAttachment(junk) + "}";
        Api.Reply r = lrs.send("POST", "/xapi/statements", "multipart/mixed; boundary=sig",
                XapiStatementsIT.multipart("sig", "[" + other + "," + signedJson + "]", "application/octet-stream",
                        StatementSigner.sha256(junk), junk), Map.of());
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.json().getString("message").startsWith("statements[1]: signature: the signature is not a JWS"), r::toString);
        assertEquals(0, stored());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM xapi_statement WHERE statement_id = ?", otherId));
    }
}
