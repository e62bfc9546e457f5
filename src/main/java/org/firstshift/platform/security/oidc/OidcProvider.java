package org.firstshift.platform.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The company's provider as its discovery document describes it ({@code /.well-known/openid-configuration}),
 * with an ID token validator for it. Discovered on first use and again after {@link #FRESH_FOR}; if
 * the provider is unreachable then, the last good description stays in use. The validator fetches
 * the provider's signing keys (JWKS) itself, caches them and fetches again for an unknown key id, so
 * key rotation needs nothing here.
 */
@ApplicationScoped
public class OidcProvider {
    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
    static final Duration FRESH_FOR = Duration.ofHours(1);
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;

    /** Only public-key signatures: "none" and shared-secret (HS*) algorithms are never accepted for ID tokens. */
    private static final Set<JWSAlgorithm> ACCEPTABLE = new LinkedHashSet<>(List.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384,
            JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA));

    @Inject
    OidcSettings settings;

    @Inject
    Clock clock;

    private volatile Discovered discovered;

    /** The provider's endpoints and a validator bound to its issuer, its keys and our client id. */
    record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant at) {
    }

    Discovered current() throws SignInRefused {
        Discovered known = discovered;
        if (known != null && clock.instant().isBefore(known.at().plus(FRESH_FOR))) {
            return known;
        }
        synchronized (this) {
            if (discovered != known) {
                return discovered;
            }
            try {
                discovered = discover();
                return discovered;
            } catch (IOException | GeneralException | RuntimeException e) {
                if (known != null) {
                    LOG.warning(() -> "OIDC discovery at " + settings.issuer() + " failed (" + e.getMessage()
                            + "); keeping the provider description from " + known.at());
                    discovered = new Discovered(known.metadata(), known.validator(), clock.instant());
                    return discovered;
                }
                throw new SignInRefused(Refusal.UNAVAILABLE, "OIDC discovery at " + settings.issuer() + " failed: " + e, e);
            }
        }
    }

    private Discovered discover() throws IOException, GeneralException {
        // resolve() also checks that the document names exactly the configured issuer.
        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, 512 * 1024))
                .refreshAheadCache(false) // no background threads inside the application server
                .build();
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms(metadata), keys), null);
        LOG.info(() -> "Discovered OIDC provider " + metadata.getIssuer() + " (keys at " + metadata.getJWKSetURI() + ")");
        return new Discovered(metadata, validator, clock.instant());
    }

    /** The provider's advertised ID token algorithms that are acceptable; RS256 (the OIDC default) if it names none. */
    static Set<JWSAlgorithm> algorithms(OIDCProviderMetadata metadata) {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        if (metadata.getIDTokenJWSAlgs() != null) {
            metadata.getIDTokenJWSAlgs().stream().filter(ACCEPTABLE::contains).forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        return algorithms;
    }

}
