package org.firstshift.certification.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenBadgesTest {
    static final OpenBadges.Badge BADGE = new OpenBadges.Badge("https://learn.example.com/", "Northwind", "ABCDEFGH2345",
            "RETAIL-SERVICE", "Certified Retail Service Consultant", "Knows the standard", "Anna Petrova",
            LocalDate.parse("2026-03-10"), LocalDate.parse("2027-03-09"));

    @Test
    void theCredentialIsAnOpenBadgeCredential() {
        Map<String, Object> vc = OpenBadges.credential(BADGE, Instant.parse("2026-03-10T09:00:00Z"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertTrue(((List<?>) vc.get("@context")).contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertEquals("Certified Retail Service Consultant", achievement.get("name"));
        assertEquals("2027-03-09T23:59:59Z", vc.get("validUntil"));
        assertEquals("https://learn.example.com/api/certification/badges/issuer", ((Map<?, ?>) vc.get("issuer")).get("id"));
    }

    @Test
    void theSignatureVerifiesWithThePublicKeyAndFailsWhenThePayloadIsAltered() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").algorithm(JWSAlgorithm.ES256).generate();
        String jwt = OpenBadges.sign(OpenBadges.credential(BADGE, Instant.parse("2026-03-10T09:00:00Z")), BADGE, key);

        SignedJWT parsed = SignedJWT.parse(jwt);
        ECDSAVerifier verifier = new ECDSAVerifier(key.toPublicJWK());
        assertTrue(parsed.verify(verifier));
        assertEquals("k1", parsed.getHeader().getKeyID());
        assertEquals("Anna Petrova", ((List<?>) ((Map<?, ?>) ((Map<?, ?>) parsed.getJWTClaimsSet().getClaim("vc"))
                .get("credentialSubject")).get("identifier")).stream().map(i -> ((Map<?, ?>) i).get("identityHash")).findFirst().orElseThrow());

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
        String forged = Base64URL.encode(payload.replace("Anna Petrova", "Anna Petrovna").getBytes(StandardCharsets.UTF_8)).toString();
        SignedJWT altered = SignedJWT.parse(parts[0] + "." + forged + "." + parts[2]);
        assertFalse(altered.verify(new ECDSAVerifier(key.toPublicJWK())));

        ECKey other = new ECKeyGenerator(Curve.P_256).generate();
        assertFalse(SignedJWT.parse(jwt).verify(new ECDSAVerifier(other.toPublicJWK())), "another key does not verify it");
    }
}
