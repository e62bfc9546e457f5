package org.firstshift.certification.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a cycle as an Open Badges 3.0 credential ({@code OpenBadgeCredential}, a W3C Verifiable
 * Credential) signed as a VC-JWT with the server's {@link BadgeKeys}: the credential is the
 * {@code vc} claim, {@code iss}/{@code jti}/{@code nbf}/{@code exp} repeat its issuer, id and
 * validity, the header names the key ({@code kid}) published at {@code /api/certification/badges/jwks.json}.
 * The holder is identified by name only, as on the public verification page.
 */
@ApplicationScoped
public class OpenBadges {
    static final List<String> CONTEXT = List.of("https://www.w3.org/2018/credentials/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    @Inject
    BadgeKeys keys;

    @Inject
    Clock clock;

    /** What a badge says. {@code root} is the application's address ending in '/'. */
    public record Badge(String root, String issuerName, String certificateCode, String certificationCode,
                        String certificationName, String certificationDescription, String holderName,
                        LocalDate validFrom, LocalDate validUntil) {
    }

    public String export(Badge badge) {
        return sign(credential(badge, clock.instant()), badge, keys.signingKey());
    }

    static Map<String, Object> credential(Badge b, Instant issuedAt) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", b.root() + "api/certification/badges/issuer");
        issuer.put("type", List.of("Profile"));
        issuer.put("name", b.issuerName());
        issuer.put("url", b.root());

        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("narrative", "Passed the certification exam for " + b.certificationName() + ".");
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", b.root() + "api/certification/badges/achievements/" + b.certificationCode());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("name", b.certificationName());
        achievement.put("description", b.certificationDescription() == null ? b.certificationName() : b.certificationDescription());
        achievement.put("criteria", criteria);

        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("type", "IdentityObject");
        identifier.put("identityType", "name");
        identifier.put("hashed", false);
        identifier.put("identityHash", b.holderName());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identifier));
        subject.put("achievement", achievement);

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", credentialId(b));
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("name", b.certificationName());
        vc.put("issuanceDate", issuedAt.toString());
        vc.put("validFrom", start(b.validFrom()).toString());
        vc.put("expirationDate", end(b.validUntil()).toString());
        vc.put("validUntil", end(b.validUntil()).toString());
        vc.put("credentialSubject", subject);
        return vc;
    }

    static String credentialId(Badge b) {
        return b.root() + "api/certificates/" + b.certificateCode();
    }

    static String sign(Map<String, Object> vc, Badge b, ECKey key) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> issuer = (Map<String, Object>) vc.get("issuer");
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer((String) issuer.get("id"))
                    .jwtID(credentialId(b))
                    .notBeforeTime(Date.from(start(b.validFrom())))
                    .expirationTime(Date.from(end(b.validUntil())))
                    .issueTime(Date.from(Instant.parse((String) vc.get("issuanceDate"))))
                    .claim("vc", vc)
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the badge", e);
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of the last valid day. */
    private static Instant end(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }
}
