package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.domain.LtiLogin;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.integration.lti.LaunchRefused.Reason;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Step one of a launch (third-party initiated login): the platform names itself and the user; FirstShift
 * stores a fresh state and nonce and sends the browser to the platform's authorization endpoint,
 * asking for an id_token posted back to {@code /lti/launch}.
 */
@ApplicationScoped
public class LoginInitiation {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiPlatforms platforms;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** Where platforms post launches: the public URL plus {@code lti/launch}. */
    public String launchUrl() {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "lti/launch";
    }

    /** The platform's authorization URL with the request, after storing state and nonce. */
    @Transactional
    public URI start(String issuer, String loginHint, String targetLinkUri, String messageHint, String clientId) {
        if (issuer == null || issuer.isBlank() || loginHint == null || loginHint.isBlank()
                || targetLinkUri == null || targetLinkUri.isBlank()) {
            throw new LaunchRefused(Reason.MALFORMED, "a login needs iss, login_hint and target_link_uri");
        }
        List<LtiPlatform> candidates = platforms.activeByIssuer(issuer).stream()
                .filter(p -> clientId == null || clientId.isBlank() || p.getClientId().equals(clientId)).toList();
        if (candidates.isEmpty()) {
            throw new LaunchRefused(Reason.UNKNOWN_PLATFORM, "no active platform registered for issuer '" + issuer + "'"
                    + (clientId == null ? "" : " and client id '" + clientId + "'"));
        }
        if (candidates.size() > 1) {
            throw new LaunchRefused(Reason.MALFORMED, "issuer '" + issuer + "' has several registrations; the login must name client_id");
        }
        LtiPlatform platform = candidates.get(0);
        em.createNamedQuery("LtiLogin.purge").setParameter("before", clock.instant().minus(LtiLogin.VALID.multipliedBy(6)))
                .executeUpdate();
        LtiLogin login = new LtiLogin(random(), random(), platform.getId(), clock.instant());
        em.persist(login);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.getClientId());
        query.put("redirect_uri", launchUrl());
        query.put("login_hint", loginHint);
        if (messageHint != null) {
            query.put("lti_message_hint", messageHint);
        }
        query.put("state", login.getState());
        query.put("nonce", login.getNonce());
        String base = platform.getAuthLoginUrl();
        return URI.create(base + (base.contains("?") ? "&" : "?") + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
