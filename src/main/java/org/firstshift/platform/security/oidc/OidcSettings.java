package org.firstshift.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The {@code firstshift.oidc.*} settings (environment variables {@code FIRSTSHIFT_OIDC_*}), read
 * once at start. Optional settings are {@code Optional} because MicroProfile Config treats an empty
 * value as missing. When SSO is on but a setting is missing or wrong, start-up logs it as SEVERE and
 * every company sign-in is refused; password sign-in is unaffected.
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {
    private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

    @Inject
    @ConfigProperty(name = "firstshift.oidc.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.client-id")
    Optional<String> clientId;

    /** Sent with client_secret_basic; without one, FirstShift is a public client protected by PKCE alone. */
    @Inject
    @ConfigProperty(name = "firstshift.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.username-claim", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.roles-claim", defaultValue = "groups")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.role-mapping")
    Optional<String> roleMapping;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.scope", defaultValue = "openid profile")
    String scope;

    @Inject
    @ConfigProperty(name = "firstshift.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "firstshift.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            return;
        }
        List<String> problems = problems();
        if (problems.isEmpty()) {
            LOG.info(() -> "Company sign-in (OIDC) is on: issuer " + issuer() + ", client " + clientId()
                    + (clientSecret().isPresent() ? " with a client secret" : " without a secret (PKCE only)")
                    + ", callback " + redirectUri() + ", " + roleMapping().size() + " mapped group(s)");
        } else {
            LOG.severe(() -> "Company sign-in (OIDC) is on but cannot work, so it refuses everyone: " + String.join("; ", problems));
        }
    }

    /** What keeps SSO from working; empty when it is ready (or switched off). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!enabled) {
            return problems;
        }
        if (given(issuer).isEmpty()) {
            problems.add("firstshift.oidc.issuer is not set");
        } else if (!isHttpUrl(issuer())) {
            problems.add("firstshift.oidc.issuer must be an http(s) URL");
        }
        if (given(clientId).isEmpty()) {
            problems.add("firstshift.oidc.client-id is not set");
        }
        if (!isHttpUrl(redirectUri())) {
            problems.add("the callback address " + redirectUri() + " is not an http(s) URL (firstshift.oidc.redirect-uri or firstshift.public-url)");
        }
        if (!scope.contains("openid")) {
            problems.add("firstshift.oidc.scope must contain openid");
        }
        try {
            roleMapping();
        } catch (IllegalArgumentException e) {
            problems.add("firstshift.oidc.role-mapping: " + e.getMessage());
        }
        return problems;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String issuer() {
        return given(issuer).orElseThrow();
    }

    public String clientId() {
        return given(clientId).orElseThrow();
    }

    /** The secret, only for the token request; never logged. */
    Optional<String> clientSecret() {
        return given(clientSecret);
    }

    /** A blank value counts as not set, however the configuration source hands it over. */
    private static Optional<String> given(Optional<String> setting) {
        return setting.map(String::strip).filter(value -> !value.isEmpty());
    }

    public String usernameClaim() {
        return usernameClaim;
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public String scope() {
        return scope;
    }

    public RoleMapping roleMapping() {
        return RoleMapping.parse(roleMapping.orElse(null));
    }

    /** Where the provider sends people back: exactly what is registered with it. */
    public String redirectUri() {
        return given(redirectUri).orElseGet(() -> (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "oidc/callback");
    }
}
