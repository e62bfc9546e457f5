package org.firstshift.integration.lti;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' published keys (JWKS), fetched by nimbus-jose-jwt and cached per URL: fetched again
 * when a token names a key id not seen yet (a platform rotating its keys), at most every half minute.
 */
@ApplicationScoped
public class PlatformKeys {
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_BYTES = 256 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public JWKSource<SecurityContext> of(String jwksUrl) {
        return sources.computeIfAbsent(jwksUrl, url -> {
            try {
                return JWKSourceBuilder.create(URI.create(url).toURL(),
                                new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_BYTES))
                        .retrying(false).build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a JWKS URL: " + url, e);
            }
        });
    }

    /** A platform's keys changed address or were replaced: forget what was cached for this URL. */
    public void forget(String jwksUrl) {
        sources.remove(jwksUrl);
    }
}
