package org.firstshift.integration.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.LtiLink;
import org.firstshift.integration.domain.LtiLogin;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.integration.lti.LaunchRefused.Reason;
import org.firstshift.learning.application.Programs;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.activity.ActivityType;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.security.Account;

import java.io.Serializable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a platform's id_token (the launch) the way LTI 1.3 and the 1EdTech Security Framework ask:
 * the issuer is a registered, active platform and the audience its client id (with {@code azp}
 * when there are several audiences); the RS256 signature verifies against the platform's JWKS; the
 * token has not expired and was issued recently; its nonce is the one stored with the state of a
 * login started here, and that login is used only once; the deployment is one the admin allowed;
 * message type and version are ones FirstShift answers. Then it finds the person (by e-mail, never
 * creating anyone) and the activity. Everything is checked before anything is written; a refusal
 * rolls back.
 */
@ApplicationScoped
public class LaunchCheck {
    static final Duration SKEW = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiPlatforms platforms;

    @Inject
    PlatformKeys keys;

    @Inject
    People people;

    @Inject
    Programs programs;

    @Inject
    ActivityTypes types;

    @Inject
    Clock clock;

    /** A resource-link launch: whom to sign in and where to send them. */
    public record Launch(long platformId, String username, Set<String> groups, String activityType, String activityRef,
                         String view) {
    }

    /** A deep-linking request: where the picked activities go back to. Kept in the session until answered. */
    public record DeepLinkRequest(long platformId, String clientId, String issuer, String deploymentId, String returnUrl,
                                  String data, boolean acceptsMultiple) implements Serializable {
    }

    /** One of the two, the other null. */
    public record Checked(Launch launch, DeepLinkRequest deepLink) {
    }

    @Transactional
    public Checked check(String idToken, String state) {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRefused(Reason.MALFORMED, "the launch carries no id_token");
        }
        SignedJWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = SignedJWT.parse(idToken);
            unverified = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRefused(Reason.MALFORMED, "the id_token is not a signed JWT: " + e.getMessage());
        }
        LtiPlatform platform = platformOf(unverified);
        JWTClaimsSet claims = verified(jwt, platform);
        Instant now = clock.instant();
        checkTimes(claims, now);
        LtiLogin login = login(state, platform, claims);
        String deployment = string(claims, LtiClaims.DEPLOYMENT_ID);
        if (!platform.allowsDeployment(deployment)) {
            throw new LaunchRefused(Reason.UNKNOWN_DEPLOYMENT, "deployment '" + deployment + "' of " + platform.getIssuer()
                    + " is not registered");
        }
        if (!LtiClaims.V1_3_0.equals(string(claims, LtiClaims.VERSION))) {
            throw new LaunchRefused(Reason.WRONG_MESSAGE, "LTI version '" + string(claims, LtiClaims.VERSION) + "' (1.3.0 expected)");
        }
        String type = string(claims, LtiClaims.MESSAGE_TYPE);
        Checked checked;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(type)) {
            checked = new Checked(resourceLink(claims, platform, now), null);
        } else if (LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            checked = new Checked(null, deepLinking(claims, platform, deployment));
        } else {
            throw new LaunchRefused(Reason.WRONG_MESSAGE, "message type '" + type + "' is not one FirstShift answers");
        }
        use(login, now);
        return checked;
    }

    private LtiPlatform platformOf(JWTClaimsSet claims) {
        String issuer = claims.getIssuer();
        List<String> audience = claims.getAudience();
        if (issuer == null || audience == null || audience.isEmpty()) {
            throw new LaunchRefused(Reason.MALFORMED, "the id_token has no issuer or no audience");
        }
        String azp = (String) claims.getClaim("azp");
        if (audience.size() > 1 && azp == null) {
            throw new LaunchRefused(Reason.MALFORMED, "an id_token with several audiences must name azp");
        }
        return platforms.activeByIssuer(issuer).stream()
                .filter(p -> audience.contains(p.getClientId()) && (azp == null || azp.equals(p.getClientId())))
                .findFirst()
                .orElseThrow(() -> new LaunchRefused(Reason.UNKNOWN_PLATFORM, "no active platform registered for issuer '"
                        + issuer + "' and audience " + audience));
    }

    private JWTClaimsSet verified(SignedJWT jwt, LtiPlatform platform) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefused(Reason.BAD_SIGNATURE, "the id_token is signed with " + jwt.getHeader().getAlgorithm()
                    + "; LTI asks for RS256");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.of(platform.getJwksUrl())));
        processor.setJWTClaimsSetVerifier(null); // the claims are checked below, each with its own reason
        try {
            return processor.process(jwt, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new LaunchRefused(Reason.BAD_SIGNATURE, "the id_token's signature does not verify against "
                    + platform.getJwksUrl() + ": " + e.getMessage());
        }
    }

    private static void checkTimes(JWTClaimsSet claims, Instant now) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new LaunchRefused(Reason.MALFORMED, "the id_token lacks exp or iat");
        }
        if (exp.toInstant().plus(SKEW).isBefore(now)) {
            throw new LaunchRefused(Reason.EXPIRED, "the id_token expired at " + exp.toInstant());
        }
        if (iat.toInstant().minus(SKEW).isAfter(now) || iat.toInstant().plus(LtiLogin.VALID).isBefore(now)) {
            throw new LaunchRefused(Reason.EXPIRED, "the id_token was issued at " + iat.toInstant()
                    + ", outside the accepted window");
        }
    }

    private LtiLogin login(String state, LtiPlatform platform, JWTClaimsSet claims) {
        LtiLogin login = state == null || state.isBlank() ? null : em.find(LtiLogin.class, state);
        if (login == null || !login.getPlatformId().equals(platform.getId())) {
            throw new LaunchRefused(Reason.UNKNOWN_STATE, "the state does not belong to a login started here by this platform");
        }
        if (login.getUsedAt() != null) {
            throw new LaunchRefused(Reason.REPLAYED, "this login was already used at " + login.getUsedAt() + " (replay)");
        }
        Object nonce = claims.getClaim("nonce");
        if (!login.getNonce().equals(nonce)) {
            throw new LaunchRefused(Reason.NONCE_MISMATCH, "the id_token's nonce is not the one sent with this login");
        }
        return login;
    }

    /** Marks the login used; only one launch can win, even on two nodes at once. */
    private void use(LtiLogin login, Instant now) {
        int won = em.createNamedQuery("LtiLogin.use").setParameter("now", now).setParameter("state", login.getState())
                .setParameter("since", now.minus(LtiLogin.VALID)).executeUpdate();
        if (won != 1) {
            throw new LaunchRefused(Reason.REPLAYED, "this login was already used or is older than "
                    + LtiLogin.VALID.toMinutes() + " minutes");
        }
    }

    private Launch resourceLink(JWTClaimsSet claims, LtiPlatform platform, Instant now) {
        Map<String, Object> link = map(claims, LtiClaims.RESOURCE_LINK);
        if (link == null || !(link.get("id") instanceof String linkId) || linkId.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_CLAIM, "the launch has no resource_link id");
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_CLAIM, "the launch names no user (sub)");
        }
        String[] activity = activity(claims);
        ActivityType type = types.byKey(activity[0]);
        if (type instanceof ActivityTypes.Unavailable || programs.containing(activity[0], activity[1]).isEmpty()) {
            throw new LaunchRefused(Reason.UNKNOWN_ACTIVITY, "no activity '" + activity[0] + ":" + activity[1]
                    + "' in any program");
        }
        Account account = accountOf(claims, platform);
        String lineitem = null;
        Map<String, Object> ags = map(claims, LtiClaims.AGS_ENDPOINT);
        if (ags != null && ags.get("lineitem") instanceof String li && ags.get("scope") instanceof List<?> scopes
                && scopes.contains(LtiClaims.SCORE_SCOPE)) {
            lineitem = li;
        }
        LtiLink l = em.createNamedQuery("LtiLink.find", LtiLink.class).setParameter("platform", platform.getId())
                .setParameter("link", linkId).setParameter("employee", account.getEmployeeId())
                .getResultStream().findFirst().orElseGet(() -> {
                    LtiLink created = new LtiLink(platform.getId(), account.getEmployeeId(), linkId);
                    em.persist(created);
                    return created;
                });
        l.launched(sub, activity[0], activity[1], lineitem, now);
        return new Launch(platform.getId(), account.getUsername(), account.roleNames(), activity[0], activity[1],
                type.learnerView());
    }

    /** The activity, from the custom parameter {@code activity=type:ref} or the target link's query. */
    private static String[] activity(JWTClaimsSet claims) {
        Map<String, Object> custom = map(claims, LtiClaims.CUSTOM);
        String value = custom != null && custom.get(LtiClaims.ACTIVITY) instanceof String s ? s : null;
        if (value == null) {
            value = fromQuery(string(claims, LtiClaims.TARGET_LINK_URI));
        }
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new LaunchRefused(Reason.MISSING_CLAIM, "the launch names no activity (custom parameter "
                    + "activity=type:ref, e.g. lesson:L-GREET)");
        }
        return new String[]{value.substring(0, colon), value.substring(colon + 1)};
    }

    private static String fromQuery(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            String query = URI.create(uri).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith(LtiClaims.ACTIVITY + "=")) {
                    return URLDecoder.decode(pair.substring(LtiClaims.ACTIVITY.length() + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The person: the one employee whose e-mail address is the token's {@code email}, with an active
     * login. Nobody is created (HR provisions people); anyone else is refused.
     */
    private Account accountOf(JWTClaimsSet claims, LtiPlatform platform) {
        String email = (String) claims.getClaim("email");
        if (email == null || email.isBlank()) {
            throw new LaunchRefused(Reason.UNKNOWN_USER, "the launch carries no e-mail address; " + platform.getName()
                    + " must share it with FirstShift");
        }
        List<Employee> matching = people.byEmail(email);
        if (matching.size() != 1) {
            throw new LaunchRefused(Reason.UNKNOWN_USER, matching.isEmpty() ? "no employee has the launch's e-mail address"
                    : "several employees share the launch's e-mail address");
        }
        Optional<Account> account = people.loginOf(matching.get(0).getId()).filter(Account::isActive);
        if (account.isEmpty() || account.get().getRoles().isEmpty()) {
            throw new LaunchRefused(Reason.UNKNOWN_USER, "the employee with the launch's e-mail address has no active login");
        }
        return account.get();
    }

    private static DeepLinkRequest deepLinking(JWTClaimsSet claims, LtiPlatform platform, String deployment) {
        Map<String, Object> settings = map(claims, LtiClaims.DL_SETTINGS);
        if (settings == null || !(settings.get("deep_link_return_url") instanceof String returnUrl) || returnUrl.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_CLAIM, "the deep-linking request has no deep_link_return_url");
        }
        if (!(settings.get("accept_types") instanceof List<?> accepted) || !accepted.contains(LtiClaims.RESOURCE_LINK_ITEM)) {
            throw new LaunchRefused(Reason.MISSING_CLAIM, "the platform does not accept ltiResourceLink items, "
                    + "the only kind FirstShift offers");
        }
        String data = settings.get("data") instanceof String d ? d : null;
        boolean multiple = !Boolean.FALSE.equals(settings.get("accept_multiple"));
        return new DeepLinkRequest(platform.getId(), platform.getClientId(), platform.getIssuer(), deployment, returnUrl,
                data, multiple);
    }

    private static String string(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
