package org.firstshift.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientAuthenticationVerifier;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientCredentialsSelector;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.InvalidClientException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An LTI 1.3 platform (the other LMS) for the tests, on a free loopback port. No LTI platform
 * library is published on the registries reachable here (npm and Maven Central hold tool-side
 * libraries only: ltijs, lti-node-library, @lti-tool/core, spring-security-lti13, UOC's
 * java-lti-1.3, lbu-lti; the platform-side ones are PHP, Elixir and .NET), so the platform is made of
 * well-kept generic parts: nimbus-jose-jwt signs its id_tokens and verifies the tool's messages,
 * oauth2-oidc-sdk parses the tool's authorization request and its token request and verifies the
 * tool's {@code private_key_jwt} client assertion, and the JDK's HTTP server serves it.
 * <p>
 * Endpoints: {@code /jwks} (its keys), {@code /auth} (OIDC authorization: answers with the
 * auto-post form carrying the id_token), {@code /token} (client credentials), {@code
 * /lineitems/{id}/scores} (AGS scores), {@code /deep-link-return} (deep-linking responses).
 * A test first says what the next login for a login_hint should launch ({@link #prepare}).
 */
public final class LtiTestPlatform implements AutoCloseable {
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String clientId = "firstshift-" + suffix;
    public final String deploymentId = "deployment-" + suffix;
    public final String issuer;
    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey foreignKey;
    private final String toolLaunchUrl;
    private final String toolJwksUrl;
    private final Map<String, Launch> prepared = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    public final List<JsonObject> scores = new CopyOnWriteArrayList<>();
    public final List<String> scoreUrls = new CopyOnWriteArrayList<>();
    public final List<JWTClaimsSet> deepLinkResponses = new CopyOnWriteArrayList<>();
    public final List<String> refusals = new CopyOnWriteArrayList<>();

    /** What one login launches, and how the platform may misbehave (for the bad-input tests). */
    public static final class Launch {
        public String messageType = "LtiResourceLinkRequest";
        public String sub = "user-" + UUID.randomUUID();
        public String email;
        public String activity;
        public String resourceLinkId = "link-" + UUID.randomUUID();
        public String lineitem;
        public String deploymentId;
        public String issuerOverride;
        public String nonceOverride;
        public boolean signWithForeignKey;
        public Duration age = Duration.ZERO;
        public String deepLinkData = "opaque-" + UUID.randomUUID();
        /** The login_hint the tool's login must carry to start this launch. */
        public String loginHint;
        /** Set by the platform: the id_token it sent. */
        public volatile String idToken;
    }

    public LtiTestPlatform(String toolLaunchUrl, String toolJwksUrl) throws IOException, JOSEException {
        this.toolLaunchUrl = toolLaunchUrl;
        this.toolJwksUrl = toolJwksUrl;
        String kid = "platform-" + suffix;
        key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        // Same key id, other key: a forger who copied the header.
        foreignKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/platform-" + suffix;
        server.createContext("/jwks", ex -> answer(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String authUrl() { return base() + "/auth"; }
    public String tokenUrl() { return base() + "/token"; }
    public String jwksUrl() { return base() + "/jwks"; }
    public String deepLinkReturnUrl() { return base() + "/deep-link-return"; }

    public String newLineitem() {
        return base() + "/lineitems/" + UUID.randomUUID();
    }

    /** The JSON an admin posts to register this platform at FirstShift. */
    public String registration() {
        return Json.createObjectBuilder().add("name", "Test LMS " + suffix).add("issuer", issuer).add("clientId", clientId)
                .add("deploymentIds", Json.createArrayBuilder().add(deploymentId))
                .add("authLoginUrl", authUrl()).add("authTokenUrl", tokenUrl()).add("jwksUrl", jwksUrl()).build().toString();
    }

    /** What the next login with {@code loginHint} launches; returns the launch to inspect afterwards. */
    public Launch prepare(String loginHint, Consumer<Launch> setUp) {
        Launch l = new Launch();
        l.deploymentId = deploymentId;
        l.loginHint = loginHint;
        setUp.accept(l);
        prepared.put(loginHint, l);
        return l;
    }

    /** The OIDC authorization endpoint: checks the tool's request, answers with the auto-post form. */
    private void authorize(HttpExchange ex) throws IOException {
        try {
            AuthenticationRequest request = AuthenticationRequest.parse(ex.getRequestURI());
            check(request.getClientID().getValue().equals(clientId), "client_id " + request.getClientID());
            check(request.getRedirectionURI().toString().equals(toolLaunchUrl), "redirect_uri " + request.getRedirectionURI());
            check(request.getResponseType().toString().equals("id_token"), "response_type " + request.getResponseType());
            check(request.getResponseMode() != null && request.getResponseMode().getValue().equals("form_post"), "response_mode");
            check(request.getScope().contains("openid"), "scope");
            check(request.getPrompt() != null && request.getPrompt().toString().equals("none"), "prompt");
            check(request.getState() != null && request.getNonce() != null, "state and nonce");
            Launch launch = prepared.remove(request.getLoginHint());
            check(launch != null, "login_hint " + request.getLoginHint());
            String idToken = idToken(launch, request.getNonce().getValue());
            launch.idToken = idToken;
            answer(ex, 200, "text/html", "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + toolLaunchUrl + "\">"
                    + "<input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                    + "<input type=\"hidden\" name=\"state\" value=\"" + request.getState().getValue() + "\">"
                    + "</form><script>document.forms[0].submit()</script></body></html>");
        } catch (Exception e) {
            refusals.add("auth: " + e.getMessage());
            answer(ex, 400, "text/plain", "refused: " + e.getMessage());
        }
    }

    private String idToken(Launch l, String nonce) throws JOSEException {
        Instant issued = Instant.now().minus(l.age);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(l.issuerOverride != null ? l.issuerOverride : issuer)
                .audience(clientId)
                .subject(l.sub)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .claim("nonce", l.nonceOverride != null ? l.nonceOverride : nonce)
                .claim("azp", clientId)
                .claim(LTI + "message_type", l.messageType)
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", l.deploymentId)
                .claim(LTI + "target_link_uri", toolLaunchUrl)
                .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        if (l.email != null) {
            claims.claim("email", l.email);
        }
        if ("LtiResourceLinkRequest".equals(l.messageType)) {
            claims.claim(LTI + "resource_link", Map.of("id", l.resourceLinkId));
            if (l.activity != null) {
                claims.claim(LTI + "custom", Map.of("activity", l.activity));
            }
            if (l.lineitem != null) {
                claims.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                        "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", SCORE_SCOPE),
                        "lineitem", l.lineitem));
            }
        } else {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("deep_link_return_url", deepLinkReturnUrl());
            settings.put("accept_types", List.of("ltiResourceLink"));
            settings.put("accept_presentation_document_targets", List.of("window"));
            settings.put("accept_multiple", true);
            settings.put("data", l.deepLinkData);
            claims.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings);
        }
        RSAKey signer = l.signWithForeignKey ? foreignKey : key;
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    /** Client credentials with a {@code private_key_jwt} assertion checked against the tool's JWKS. */
    private void token(HttpExchange ex) throws IOException {
        try {
            HTTPRequest http = new HTTPRequest(HTTPRequest.Method.POST, URI.create(tokenUrl()));
            http.setContentType(ex.getRequestHeaders().getFirst("Content-Type"));
            http.setBody(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            TokenRequest request = TokenRequest.parse(http);
            check(request.getAuthorizationGrant().getType().equals(GrantType.CLIENT_CREDENTIALS), "grant type");
            check(request.getScope() != null && request.getScope().contains(SCORE_SCOPE), "scope " + request.getScope());
            check(request.getClientAuthentication() != null && request.getClientAuthentication().getMethod()
                    .equals(ClientAuthenticationMethod.PRIVATE_KEY_JWT), "client authentication");
            new ClientAuthenticationVerifier<>(new ToolKeysSelector(), Set.of(new Audience(tokenUrl())))
                    .verify(request.getClientAuthentication(), null, null);
            check(request.getClientAuthentication().getClientID().getValue().equals(clientId), "client id");
            String token = UUID.randomUUID().toString();
            accessTokens.add(token);
            answer(ex, 200, "application/json", Json.createObjectBuilder().add("access_token", token)
                    .add("token_type", "Bearer").add("expires_in", 3600).add("scope", SCORE_SCOPE).build().toString());
        } catch (Exception e) {
            refusals.add("token: " + e);
            answer(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
        }
    }

    /** Selects the tool's public keys from its JWKS URL (as a platform configured with a keyset URL does). */
    private final class ToolKeysSelector implements ClientCredentialsSelector<Object> {
        @Override
        public List<Secret> selectClientSecrets(ClientID id, ClientAuthenticationMethod method, Context<Object> context) {
            return List.of();
        }

        @Override
        public List<? extends PublicKey> selectPublicKeys(ClientID id, ClientAuthenticationMethod method, JWSHeader header,
                                                          boolean forceRefresh, Context<Object> context)
                throws InvalidClientException {
            try {
                List<PublicKey> keys = new ArrayList<>();
                for (var jwk : JWKSet.load(URI.create(toolJwksUrl).toURL()).getKeys()) {
                    if (jwk.getKeyID().equals(header.getKeyID())) {
                        keys.add(jwk.toRSAKey().toPublicKey());
                    }
                }
                return keys;
            } catch (Exception e) {
                throw new InvalidClientException("cannot load the tool's keys: " + e.getMessage());
            }
        }
    }

    private void score(HttpExchange ex) throws IOException {
        try {
            check("POST".equals(ex.getRequestMethod()), "method");
            check(ex.getRequestURI().getPath().endsWith("/scores"), "path " + ex.getRequestURI());
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            check(authorization != null && authorization.startsWith("Bearer ")
                    && accessTokens.contains(authorization.substring(7)), "access token");
            check("application/vnd.ims.lis.v1.score+json".equals(ex.getRequestHeaders().getFirst("Content-Type")), "content type");
            JsonObject body = Json.createReader(new StringReader(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            scoreUrls.add(base() + ex.getRequestURI().getPath());
            scores.add(body);
            answer(ex, 200, "application/json", "{}");
        } catch (Exception e) {
            refusals.add("score: " + e.getMessage());
            answer(ex, 401, "text/plain", "refused: " + e.getMessage());
        }
    }

    /** The tool's LtiDeepLinkingResponse, posted as form field JWT; verified against the tool's JWKS. */
    private void deepLinkReturn(HttpExchange ex) throws IOException {
        try {
            String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String jwt = null;
            for (String pair : form.split("&")) {
                if (pair.startsWith("JWT=")) {
                    jwt = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                }
            }
            check(jwt != null, "JWT field");
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    JWKSourceBuilder.create(URI.create(toolJwksUrl).toURL()).retrying(false).build()));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(issuer,
                    new JWTClaimsSet.Builder().issuer(clientId).build(),
                    new HashSet<>(List.of("iat", "exp", "nonce", LTI + "deployment_id", LTI + "message_type"))));
            JWTClaimsSet claims = processor.process(jwt, null);
            check("LtiDeepLinkingResponse".equals(claims.getClaim(LTI + "message_type")), "message type");
            check(deploymentId.equals(claims.getClaim(LTI + "deployment_id")), "deployment id");
            deepLinkResponses.add(claims);
            answer(ex, 200, "text/html", "<p>linked</p>");
        } catch (Exception e) {
            refusals.add("deep link: " + e);
            answer(ex, 400, "text/plain", "refused: " + e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("bad " + what);
        }
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
