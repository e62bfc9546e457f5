package org.firstshift.testing;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
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
import io.jsonwebtoken.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.json.simple.JSONObject;
import org.tsugi.ags2.objects.Score;
import org.tsugi.jackson.JacksonUtil;
import org.tsugi.lti13.DeepLinkResponse;
import org.tsugi.lti13.LTI13JwtUtil;
import org.tsugi.lti13.LTI13KeySetUtil;
import org.tsugi.lti13.LTI13Util;
import org.tsugi.lti13.objects.DeepLink;
import org.tsugi.lti13.objects.Endpoint;
import org.tsugi.lti13.objects.LaunchJWT;
import org.tsugi.lti13.objects.ResourceLink;
import org.tsugi.lti13.objects.ToolPlatform;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An LTI 1.3 platform (the other LMS) for the tests, on a free loopback port, built on Sakai's LTI
 * library {@code org.tsugi:tsugi-util} (what Sakai uses as an LTI Advantage platform):
 * <ul>
 *   <li>the launch is tsugi's {@link LaunchJWT} with its {@link ResourceLink}, {@link Endpoint} (AGS),
 *       {@link DeepLink} and {@link ToolPlatform} objects, serialised by tsugi's {@link JacksonUtil} and
 *       signed with jjwt ({@code Jwts.builder().setHeaderParam("kid", ...).setPayload(...).signWith(key)}),
 *       exactly as Sakai's launch code does; its keys come from {@link LTI13Util#generateKeyPair()} and
 *       the key id from {@link LTI13KeySetUtil#getPublicKID};</li>
 *   <li>{@code /jwks} is {@link LTI13KeySetUtil#getKeySetJSON(RSAPublicKey)};</li>
 *   <li>the tool's deep-linking response is parsed and checked by tsugi's {@link DeepLinkResponse}
 *       (message type, content items, data, and its signature against the key FirstShift publishes at
 *       {@code /lti/jwks}); the platform adds the audience, issuer and deployment checks Sakai makes
 *       around it;</li>
 *   <li>AGS scores are checked against tsugi's {@link Score} progress values.</li>
 * </ul>
 * tsugi-util has no HTTP server and no OAuth 2 parts, so the JDK's HTTP server serves the endpoints,
 * and what the library does not provide is kept from generic parts: the OIDC authorization endpoint
 * ({@code /auth}: oauth2-oidc-sdk parses the tool's request; the answer is the auto-post form), the
 * token endpoint ({@code /token}: client credentials with the tool's {@code private_key_jwt}
 * assertion, verified by oauth2-oidc-sdk against the tool's JWKS) and the score receiver ({@code
 * /lineitems/{id}/scores}), which keeps the latest result per line item and user by the score's
 * timestamp, as AGS asks of a platform. A test first says what the next login for a login_hint
 * should launch ({@link #prepare}).
 */
public final class LtiTestPlatform implements AutoCloseable {
    public static final String SCORE_SCOPE = Endpoint.SCOPE_SCORE;
    private static final String LTI = LaunchJWT.CLAIM_PREFIX;
    private static final Set<String> ACTIVITY_PROGRESS = Set.of(Score.ACTIVITY_INITIALIZED, Score.ACTIVITY_STARTED,
            Score.ACTIVITY_INPROGRESS, Score.ACTIVITY_SUBMITTED, Score.ACTIVITY_COMPLETED);
    private static final Set<String> GRADING_PROGRESS = Set.of(Score.GRADING_FULLYGRADED, Score.GRADING_PENDING,
            Score.GRADING_PENDINGMANUAL, Score.GRADING_FAILED, Score.GRADING_NOTREADY);

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String clientId = "firstshift-" + suffix;
    public final String deploymentId = "deployment-" + suffix;
    public final String issuer;
    private final HttpServer server;
    private final KeyPair key;
    private final String kid;
    private final KeyPair foreignKey;
    private final String toolLaunchUrl;
    private final String toolJwksUrl;
    private final Map<String, Launch> prepared = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    /** Every score posted, in arrival order. */
    public final List<JsonObject> scores = new CopyOnWriteArrayList<>();
    public final List<String> scoreUrls = new CopyOnWriteArrayList<>();
    /** The result the platform keeps per "line item|user": the score with the latest timestamp. */
    private final Map<String, JsonObject> results = new ConcurrentHashMap<>();
    /** The verified deep-linking responses' claims (json-simple maps, as tsugi parsed them). */
    public final List<Map<String, Object>> deepLinkResponses = new CopyOnWriteArrayList<>();
    public final List<String> refusals = new CopyOnWriteArrayList<>();

    /** What one login launches, and how the platform may misbehave (for the bad-input tests). */
    public static final class Launch {
        public String messageType = LaunchJWT.MESSAGE_TYPE_LAUNCH;
        public String sub = "user-" + UUID.randomUUID();
        public String email;
        public String activity;
        public String resourceLinkId = "link-" + UUID.randomUUID();
        public String lineitem;
        public String deploymentId;
        public String issuerOverride;
        public String audienceOverride;
        public String nonceOverride;
        public boolean signWithForeignKey;
        public Duration age = Duration.ZERO;
        public String deepLinkData = "opaque-" + UUID.randomUUID();
        /** The login_hint the tool's login must carry to start this launch. */
        public String loginHint;
        /** Set by the platform: the id_token it sent. */
        public volatile String idToken;
    }

    public LtiTestPlatform(String toolLaunchUrl, String toolJwksUrl) throws IOException {
        this.toolLaunchUrl = toolLaunchUrl;
        this.toolJwksUrl = toolJwksUrl;
        key = LTI13Util.generateKeyPair();
        kid = LTI13KeySetUtil.getPublicKID(key.getPublic());
        // Another key, signing under the real key id: a forger who copied the header.
        foreignKey = LTI13Util.generateKeyPair();
        String jwks;
        try {
            jwks = LTI13KeySetUtil.getKeySetJSON((RSAPublicKey) key.getPublic());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/platform-" + suffix;
        server.createContext("/jwks", ex -> answer(ex, 200, "application/json", jwks));
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

    /** The result the platform holds for this line item and user (the latest score by timestamp), or null. */
    public JsonObject result(String lineitem, String userId) {
        return results.get(lineitem + "|" + userId);
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

    /** The launch as Sakai builds it: tsugi's objects, serialised with Jackson, signed with jjwt. */
    private String idToken(Launch l, String nonce) {
        Instant issued = Instant.now().minus(l.age);
        LaunchJWT lj = new LaunchJWT();
        lj.issuer = l.issuerOverride != null ? l.issuerOverride : issuer;
        lj.audience = l.audienceOverride != null ? l.audienceOverride : clientId;
        lj.subject = l.sub;
        lj.nonce = l.nonceOverride != null ? l.nonceOverride : nonce;
        lj.issued = issued.getEpochSecond();
        lj.expires = issued.plus(Duration.ofMinutes(5)).getEpochSecond();
        lj.message_type = l.messageType;
        lj.deployment_id = l.deploymentId;
        lj.target_link_uri = toolLaunchUrl;
        lj.email = l.email;
        lj.tool_platform = new ToolPlatform();
        lj.tool_platform.name = "Test LMS " + suffix;
        lj.tool_platform.product_family_code = "tsugi-util";
        lj.tool_platform.url = base();
        lj.launch_presentation.document_target = DeepLink.TARGET_WINDOW;
        if (LaunchJWT.MESSAGE_TYPE_LAUNCH.equals(l.messageType)) {
            lj.roles.add(LaunchJWT.ROLE_LEARNER);
            lj.resource_link = new ResourceLink();
            lj.resource_link.id = l.resourceLinkId;
            if (l.activity != null) {
                lj.custom = new TreeMap<>(Map.of("activity", l.activity));
            }
            if (l.lineitem != null) {
                lj.endpoint = new Endpoint();
                lj.endpoint.scope = List.of(Endpoint.SCOPE_LINEITEM, Endpoint.SCOPE_SCORE);
                lj.endpoint.lineitem = l.lineitem;
            }
        } else {
            lj.roles.add(LaunchJWT.ROLE_INSTRUCTOR);
            lj.deep_link = new DeepLink();
            lj.deep_link.deep_link_return_url = deepLinkReturnUrl();
            lj.deep_link.accept_types = List.of(DeepLink.ACCEPT_TYPE_LTILINK);
            lj.deep_link.accept_presentation_document_targets = List.of(DeepLink.TARGET_WINDOW);
            lj.deep_link.accept_multiple = true;
            lj.deep_link.data = l.deepLinkData;
        }
        String payload = JacksonUtil.toString(lj);
        Key signer = (l.signWithForeignKey ? foreignKey : key).getPrivate();
        return Jwts.builder().setHeaderParam("kid", kid).setPayload(payload).signWith(signer).compact();
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
            check(ACTIVITY_PROGRESS.contains(body.getString("activityProgress", "")), "activityProgress");
            check(GRADING_PROGRESS.contains(body.getString("gradingProgress", "")), "gradingProgress");
            check(!body.getString("userId", "").isBlank(), "userId");
            Instant timestamp = Instant.parse(body.getString("timestamp"));
            String path = ex.getRequestURI().getPath();
            String lineitem = base() + path.substring(0, path.length() - "/scores".length());
            scoreUrls.add(base() + path);
            scores.add(body);
            // AGS: a score older than the result's last one changes nothing.
            results.merge(lineitem + "|" + body.getString("userId"), body, (kept, incoming) ->
                    Instant.parse(kept.getString("timestamp")).isBefore(timestamp) ? incoming : kept);
            answer(ex, 200, "application/json", "{}");
        } catch (Exception e) {
            refusals.add("score: " + e.getMessage());
            answer(ex, 401, "text/plain", "refused: " + e.getMessage());
        }
    }

    /**
     * The tool's LtiDeepLinkingResponse, posted as form field JWT: tsugi's {@link DeepLinkResponse}
     * parses it (message type, at least one content item, the data sent with the request) and checks
     * its signature against the key the tool's JWKS publishes under the header's key id; the claims
     * that tie it to this platform (audience, issuer, deployment, nonce) are checked here.
     */
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
            DeepLinkResponse response = new DeepLinkResponse(jwt);
            Object toolKid = LTI13JwtUtil.jsonJwtHeader(jwt).get("kid");
            check(toolKid instanceof String, "key id");
            check(response.validate(toolKey((String) toolKid)), "signature");
            JSONObject claims = response.getContentItem();
            check(claims.get("aud") instanceof String aud ? issuer.equals(aud)
                    : claims.get("aud") instanceof List<?> auds && auds.contains(issuer), "audience " + claims.get("aud"));
            check(clientId.equals(claims.get("iss")), "issuer " + claims.get("iss"));
            check(claims.get("nonce") instanceof String n && !n.isBlank(), "nonce");
            check(deploymentId.equals(claims.get(LTI + "deployment_id")), "deployment id");
            @SuppressWarnings("unchecked")
            Map<String, Object> verified = claims;
            deepLinkResponses.add(verified);
            answer(ex, 200, "text/html", "<p>linked</p>");
        } catch (Exception e) {
            refusals.add("deep link: " + e);
            answer(ex, 400, "text/plain", "refused: " + e);
        }
    }

    /** The tool's public key with this id, from its JWKS URL (as a platform configured with a keyset URL finds it). */
    private PublicKey toolKey(String keyId) throws Exception {
        JWK jwk = JWKSet.load(URI.create(toolJwksUrl).toURL()).getKeyByKeyId(keyId);
        check(jwk != null, "key id " + keyId + " (not in the tool's JWKS)");
        return jwk.toRSAKey().toPublicKey();
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
