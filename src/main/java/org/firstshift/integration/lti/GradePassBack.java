package org.firstshift.integration.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.firstshift.integration.application.DeliverySettings;
import org.firstshift.integration.application.Outbox;
import org.firstshift.integration.application.OutboxPoller;
import org.firstshift.integration.domain.LtiScore;
import org.firstshift.learning.application.ResultChanged;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assignment and Grade Services: whenever the result of an activity an employee launched from a
 * platform's line item changes (a first scored attempt, a better score, the completion), the
 * result goes back to that line item. The score is the best one so far; a completed activity is
 * final (activityProgress Completed, gradingProgress FullyGraded), an attempt that has not passed
 * yet is not (InProgress, Pending: it may still rise). Its timestamp is the attempt's, so each
 * change is later than the one before and the platform keeps the latest even when a retry arrives
 * out of order. The change is queued after its transaction commits (a failure here never touches
 * the result); the sender asks the platform's token endpoint for an access token with a JWT signed
 * by the tool's key (client credentials, {@code private_key_jwt}), then posts the score. A change
 * waits in memory until the next poll (2 s), so a node that stops in that moment loses it: the
 * platform then shows the previous result until the next change. Claiming, retries and back-off are
 * the shared {@link OutboxPoller}'s ({@code firstshift.webhooks.*} settings).
 */
@ApplicationScoped
public class GradePassBack {
    private static final Logger LOG = Logger.getLogger(GradePassBack.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ScoreOutbox scores;

    @Inject
    Outbox outbox;

    @Inject
    ToolKeys keys;

    @Inject
    DeliverySettings settings;

    private final Queue<ResultChanged> changes = new ConcurrentLinkedQueue<>();
    private OutboxPoller<ScoreOutbox.Claimed> poller;
    private HttpClient http;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        poller = new OutboxPoller<>("platform", outbox, LtiScore.class, scores::claim, this::send, settings,
                this::drainChanges);
        poller.start(executor);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    void onResultChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultChanged changed) {
        // Handed to the poller's thread: this observer runs while the result's finished transaction
        // is still attached to the request thread, where neither a new transaction nor a managed
        // task should start. At most one poll (2 s) later the score is in the outbox.
        changes.add(changed);
    }

    /** Moves changed results into the outbox, one transaction each. */
    private void drainChanges() {
        for (ResultChanged c; (c = changes.poll()) != null; ) {
            try {
                scores.queue(c.employeeId(), c.typeKey(), c.ref(), c.score() == null ? 100 : c.score(), c.completed(), c.at());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not queue LTI scores for " + c.typeKey() + ":" + c.ref()
                        + " of employee " + c.employeeId(), e);
            }
        }
    }

    /** Posts one score to the line item's scores address; the platform's status. */
    int send(ScoreOutbox.Claimed s) throws Exception {
        if (!s.platformActive()) {
            throw new OutboxPoller.Refused("the platform is switched off");
        }
        String token = accessToken(s);
        String body = Json.createObjectBuilder().add("userId", s.ltiUser()).add("scoreGiven", s.scoreGiven())
                .add("scoreMaximum", s.scoreMaximum()).add("activityProgress", s.activityProgress())
                .add("gradingProgress", s.gradingProgress()).add("timestamp", s.scoredAt().toString()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(scoresUrl(s.lineitemUrl()))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", LtiClaims.SCORE_MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A client-credentials token for the score scope, the client authenticated by a JWT signed with the tool's key. */
    private String accessToken(ScoreOutbox.Claimed s) throws Exception {
        RSAKey key = keys.signingKey();
        URI tokenUrl = URI.create(s.tokenUrl());
        PrivateKeyJWT assertion = new PrivateKeyJWT(new ClientID(s.clientId()), tokenUrl, JWSAlgorithm.RS256,
                key.toRSAPrivateKey(), key.getKeyID(), null);
        HTTPRequest request = new TokenRequest(tokenUrl, assertion, new ClientCredentialsGrant(),
                new Scope(LtiClaims.SCORE_SCOPE)).toHTTPRequest();
        request.setConnectTimeout((int) settings.timeout().toMillis());
        request.setReadTimeout((int) settings.timeout().toMillis());
        request.setFollowRedirects(false);
        HTTPResponse answer = request.send();
        TokenResponse parsed = TokenResponse.parse(answer);
        if (!parsed.indicatesSuccess()) {
            throw new IllegalStateException("token endpoint refused: " + parsed.toErrorResponse().getErrorObject());
        }
        return parsed.toSuccessResponse().getTokens().getAccessToken().getValue();
    }

    /** The line item's scores address: "/scores" added to its path, its query kept. */
    static URI scoresUrl(String lineitem) {
        URI li = URI.create(lineitem);
        String path = li.getRawPath() == null ? "" : li.getRawPath();
        String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        return URI.create(li.getScheme() + "://" + li.getRawAuthority() + scores
                + (li.getRawQuery() == null ? "" : "?" + li.getRawQuery()));
    }
}
