package org.firstshift.platform.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.firstshift.platform.security.NextPage;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Connect authorization-code flow with PKCE (S256), from FirstShift's side: the
 * authentication request, then the callback with its checks, the code exchange
 * (client_secret_basic) and the ID token validation. Knows nothing about accounts or roles.
 */
@ApplicationScoped
public class AuthorizationCodeFlow {
    static final String PENDING = "firstshift.oidc.pending";

    @Inject
    OidcSettings settings;

    @Inject
    OidcProvider provider;

    @Inject
    Clock clock;

    /** The identity a validated ID token carries, and the page the person wanted. */
    public record Finished(CompanyIdentity identity, String next) {
    }

    /**
     * Starts a company sign-in: fresh state, nonce and code verifier go into the session (replacing
     * any earlier unfinished attempt), and the answer is where to send the browser.
     */
    public URI start(HttpSession session, String next) throws SignInRefused {
        requireReady();
        OidcProvider.Discovered op = provider.current();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                ResponseType.CODE, Scope.parse(settings.scope()), new ClientID(settings.clientId()), redirectUri())
                .endpointURI(op.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        session.setAttribute(PENDING, new PendingSignIn(state.getValue(), nonce.getValue(), verifier.getValue(),
                NextPage.within(next), clock.instant()));
        return request.toURI();
    }

    /** Finishes the sign-in that this session started, or says why it cannot. */
    public Finished finish(HttpServletRequest request) throws SignInRefused {
        PendingSignIn pending = takePending(request);
        requireReady();
        AuthenticationResponse response = parse(request);
        // The state binds the answer to the browser that asked: anything else is a forgery or a mix-up.
        if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
            throw new SignInRefused(Refusal.FAILED, "OIDC callback state does not match the sign-in this session started");
        }
        OidcProvider.Discovered op = provider.current();
        String iss = request.getParameter("iss");
        if (iss != null && !iss.equals(op.metadata().getIssuer().getValue())) {
            // RFC 9207: an answer from another provider must not be redeemed at ours.
            throw new SignInRefused(Refusal.FAILED, "OIDC callback names issuer " + iss + ", expected " + op.metadata().getIssuer());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefused(Refusal.DENIED, "OIDC provider answered " + error.getCode() + ": " + error.getDescription());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new SignInRefused(Refusal.FAILED, "OIDC callback carries no authorization code");
        }
        JWT idToken = exchange(op, code, new CodeVerifier(pending.codeVerifier()));
        Map<String, Object> claims = claimsOf(validate(op, idToken, new Nonce(pending.nonce())));
        CompanyIdentity identity = CompanyIdentity.from(claims, settings.usernameClaim(), settings.rolesClaim())
                .orElseThrow(() -> new SignInRefused(Refusal.FAILED, "the ID token has no '" + settings.usernameClaim()
                        + "' claim (firstshift.oidc.username-claim); it has " + claims.keySet()));
        return new Finished(identity, pending.next());
    }

    /** The pending sign-in leaves the session at once, so a callback can never be replayed. */
    private PendingSignIn takePending(HttpServletRequest request) throws SignInRefused {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (!(pending instanceof PendingSignIn p)) {
            throw new SignInRefused(Refusal.EXPIRED, "OIDC callback without a sign-in in progress in this session"
                    + " (session expired, cookie lost, or a forged request)");
        }
        if (p.expiredAt(clock.instant())) {
            throw new SignInRefused(Refusal.EXPIRED, "OIDC callback came after " + PendingSignIn.PATIENCE.toMinutes() + " minutes");
        }
        return p;
    }

    private void requireReady() throws SignInRefused {
        List<String> problems = settings.problems();
        if (!settings.isEnabled() || !problems.isEmpty()) {
            throw new SignInRefused(Refusal.UNAVAILABLE, "company sign-in is off or misconfigured: " + problems);
        }
    }

    private URI redirectUri() {
        return URI.create(settings.redirectUri());
    }

    private AuthenticationResponse parse(HttpServletRequest request) throws SignInRefused {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        try {
            return AuthenticationResponseParser.parse(redirectUri(), parameters);
        } catch (ParseException e) {
            throw new SignInRefused(Refusal.FAILED, "OIDC callback cannot be read: " + e.getMessage(), e);
        }
    }

    private JWT exchange(OidcProvider.Discovered op, AuthorizationCode code, CodeVerifier verifier) throws SignInRefused {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, redirectUri(), verifier);
        ClientID client = new ClientID(settings.clientId());
        URI endpoint = op.metadata().getTokenEndpointURI();
        TokenRequest tokenRequest = settings.clientSecret()
                .map(secret -> new TokenRequest(endpoint, new ClientSecretBasic(client, new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(endpoint, client, grant));
        HTTPRequest http = tokenRequest.toHTTPRequest();
        http.setConnectTimeout(OidcProvider.CONNECT_TIMEOUT_MS);
        http.setReadTimeout(OidcProvider.READ_TIMEOUT_MS);
        TokenResponse answer;
        try {
            answer = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new SignInRefused(Refusal.UNAVAILABLE, "OIDC token endpoint " + endpoint + " unreachable: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new SignInRefused(Refusal.FAILED, "OIDC token response cannot be read: " + e.getMessage(), e);
        }
        if (!answer.indicatesSuccess()) {
            ErrorObject error = answer.toErrorResponse().getErrorObject();
            throw new SignInRefused(Refusal.FAILED, "OIDC token endpoint refused the code: " + error.getCode()
                    + " (HTTP " + error.getHTTPStatusCode() + ") " + error.getDescription());
        }
        if (!(answer.toSuccessResponse() instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDToken() == null) {
            throw new SignInRefused(Refusal.FAILED, "OIDC token response has no ID token (is 'openid' in the scope?)");
        }
        return oidc.getOIDCTokens().getIDToken();
    }

    /** Signature (provider's keys), issuer, audience (our client id), expiry and nonce; the messages name the check, never the token. */
    private static IDTokenClaimsSet validate(OidcProvider.Discovered op, JWT idToken, Nonce nonce) throws SignInRefused {
        try {
            return op.validator().validate(idToken, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInRefused(Refusal.FAILED, "OIDC ID token refused: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> claimsOf(IDTokenClaimsSet claims) throws SignInRefused {
        try {
            return claims.toJWTClaimsSet().getClaims();
        } catch (ParseException e) {
            throw new SignInRefused(Refusal.FAILED, "OIDC ID token claims cannot be read: " + e.getMessage(), e);
        }
    }
}
