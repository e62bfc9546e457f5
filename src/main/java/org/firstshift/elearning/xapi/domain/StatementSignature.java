package org.firstshift.elearning.xapi.domain;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Signed statements (xAPI 1.0.3 and 2.0.0, Data 2.6): a statement whose attachment has the usage type
 * {@value #USAGE_TYPE} and the content type {@value #CONTENT_TYPE} carries, in that attachment's
 * multipart part, a JWS in compact serialization whose payload is the statement as it was signed.
 * The LRS refuses (400) a signature that is not such a JWS, that uses another algorithm than RS256,
 * RS384 or RS512, whose payload is not logically the statement received (see
 * {@link StatementComparison#signedEquivalent}), or that does not verify with the first certificate
 * of its {@code x5c} chain when it has one. As the spec says, that check catches mistakes; trusting
 * the signer is up to whoever reads the statement.
 */
public final class StatementSignature {
    public static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";
    public static final String CONTENT_TYPE = "application/octet-stream";
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    private StatementSignature() {
    }

    /** The statement's signature attachment, if it declares one. */
    public static Optional<JsonObject> declared(JsonObject statement) {
        if (!(statement.get("attachments") instanceof JsonArray attachments)) {
            return Optional.empty();
        }
        for (JsonValue v : attachments) {
            if (v instanceof JsonObject a && USAGE_TYPE.equals(a.getString("usageType", null))
                    && a.get("contentType") instanceof JsonString type && isOctetStream(type.getString())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static boolean isOctetStream(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().equalsIgnoreCase(CONTENT_TYPE);
    }

    /**
     * Checks the signature of a statement (as received, valid otherwise) against the multipart parts of
     * its request, keyed by SHA-2 hash; a statement without a signature attachment passes untouched.
     */
    public static void check(JsonObject statement, Map<String, Attachment> parts) {
        Optional<JsonObject> declared = declared(statement);
        if (declared.isEmpty()) {
            return;
        }
        String sha2 = declared.get().getString("sha2").toLowerCase(Locale.ROOT);
        Attachment part = parts.get(sha2);
        if (part == null) {
            throw bad("the signature attachment " + sha2 + " has no multipart part: a signed statement must carry its JWS");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(part.content(), StandardCharsets.US_ASCII).strip());
        } catch (ParseException e) {
            throw bad("the signature is not a JWS in compact serialization (" + e.getMessage() + ")");
        }
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw bad("the signature uses " + algorithm + "; xAPI allows RS256, RS384 or RS512");
        }
        JsonObject signed = payload(jws);
        if (!StatementComparison.signedEquivalent(signed, statement)) {
            throw bad("the JWS payload is not the statement sent: they differ in more than id, stored, authority, version,"
                    + " attachments or a timestamp the signer left out");
        }
        List<Base64> chain = jws.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty()) {
            verify(jws, chain.get(0));
        }
    }

    private static JsonObject payload(JWSObject jws) {
        try (var reader = JsonP.JSON.createReader(new StringReader(jws.getPayload().toString()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw bad("the JWS payload is not a JSON statement");
        }
    }

    private static void verify(JWSObject jws, Base64 certificate) {
        X509Certificate cert = X509CertUtils.parse(certificate.decode());
        if (cert == null) {
            throw bad("the first x5c certificate of the JWS header cannot be read");
        }
        if (!(cert.getPublicKey() instanceof RSAPublicKey key)) {
            throw bad("the first x5c certificate of the JWS header has no RSA key");
        }
        boolean verified;
        try {
            verified = jws.verify(new RSASSAVerifier(key));
        } catch (JOSEException | IllegalStateException e) {
            throw bad("the signature cannot be verified: " + e.getMessage());
        }
        if (!verified) {
            throw bad("the signature does not verify with the first x5c certificate of the JWS header");
        }
    }

    private static XapiException bad(String message) {
        return XapiException.badRequest("signature: " + message);
    }
}
