package org.firstshift.integration.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.learning.application.Programs;
import org.firstshift.learning.domain.Program;
import org.firstshift.learning.domain.ProgramActivity;
import org.firstshift.platform.activity.ActivityType;
import org.firstshift.platform.activity.ActivityTypes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Deep Linking 2.0: what a platform's teacher or admin may pick (every activity of every program,
 * of a type that is switched on) and the signed LtiDeepLinkingResponse that carries the choice back
 * as {@code ltiResourceLink} items. Each item launches {@code /lti/launch} with the custom parameter
 * {@code activity=type:ref} and asks the platform for a line item out of 100, so scores come back.
 */
@ApplicationScoped
public class DeepLinking {
    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Inject
    Programs programs;

    @Inject
    ActivityTypes types;

    @Inject
    ToolKeys keys;

    @Inject
    LoginInitiation logins;

    @Inject
    Clock clock;

    /** An activity a platform can link to: "type:ref" and its title. */
    public record Item(String activity, String title, String typeKey) {
    }

    public List<Item> catalogue(Locale locale) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Program p : programs.all()) {
            for (ProgramActivity a : p.getActivities()) {
                ActivityType type = types.byKey(a.getTypeKey());
                if (!(type instanceof ActivityTypes.Unavailable)) {
                    items.putIfAbsent(a.getTypeKey() + ":" + a.getRef(),
                            new Item(a.getTypeKey() + ":" + a.getRef(), type.title(a.getRef(), locale), a.getTypeKey()));
                }
            }
        }
        return List.copyOf(items.values());
    }

    /** The signed response for the chosen activities ("type:ref"); unknown ones are refused. */
    public String response(LaunchCheck.DeepLinkRequest request, List<String> chosen, Locale locale) {
        Map<String, Item> known = new LinkedHashMap<>();
        catalogue(locale).forEach(i -> known.put(i.activity(), i));
        List<Map<String, Object>> contentItems = new ArrayList<>();
        for (String activity : chosen) {
            Item item = known.get(activity);
            if (item == null) {
                throw new LaunchRefused(LaunchRefused.Reason.UNKNOWN_ACTIVITY, "no activity '" + activity + "' in any program");
            }
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("type", LtiClaims.RESOURCE_LINK_ITEM);
            link.put("title", item.title());
            link.put("url", logins.launchUrl());
            link.put("custom", Map.of(LtiClaims.ACTIVITY, item.activity()));
            link.put("lineItem", Map.of("scoreMaximum", 100, "label", item.title(), "resourceId", item.activity()));
            contentItems.add(link);
        }
        if (contentItems.size() > 1 && !request.acceptsMultiple()) {
            throw new LaunchRefused(LaunchRefused.Reason.MALFORMED, "the platform accepts one item only");
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(request.clientId())
                .audience(request.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.V1_3_0)
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.DL_CONTENT_ITEMS, contentItems);
        if (request.data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.data());
        }
        return sign(claims.build());
    }

    String sign(JWTClaimsSet claims) {
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the deep-linking response", e);
        }
        return jwt.serialize();
    }
}
