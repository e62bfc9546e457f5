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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.application.DeliverySettings;
import org.firstshift.integration.domain.Backoff;
import org.firstshift.learning.application.ActivityCompleted;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Assignment and Grade Services: when an employee completes an activity they launched from a
 * platform's line item, the score goes back to that line item. The completion is queued after its
 * transaction commits (a failure here never touches the result); the sender asks the platform's
 * token endpoint for an access token with a JWT signed by the tool's key (client credentials,
 * {@code private_key_jwt}), then posts the score. A completion waits in memory until the next poll
 * (2 s), so a node that stops in that moment loses it: the platform then shows no score for that
 * learner until they complete another launched activity. Failures are retried with the webhooks' back-off
 * ({@code firstshift.webhooks.*} settings).
 */
@ApplicationScoped
public class GradePassBack {
    private static final Logger LOG = Logger.getLogger(GradePassBack.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ScoreOutbox outbox;

    @Inject
    ToolKeys keys;

    @Inject
    DeliverySettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final java.util.Queue<ActivityCompleted> completions = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> poller;
    private HttpClient http;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        poller = executor.scheduleWithFixedDelay(this::runSafely, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityCompleted completed) {
        // Handed to the poller's thread: this observer runs while the result's finished transaction
        // is still attached to the request thread, where neither a new transaction nor a managed
        // task should start. At most one poll (2 s) later the score is in the outbox.
        completions.add(completed);
    }

    /** Moves completions into the outbox, one transaction each; how many scores were queued. */
    private int drainCompletions() {
        int queued = 0;
        for (ActivityCompleted c; (c = completions.poll()) != null; ) {
            try {
                queued += outbox.queue(c.employeeId(), c.typeKey(), c.ref(), c.score() == null ? 100 : c.score(), c.at());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not queue LTI scores for " + c.typeKey() + ":" + c.ref()
                        + " of employee " + c.employeeId(), e);
            }
        }
        return queued;
    }

    private void runSafely() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            drainCompletions();
            for (Long id : outbox.due(BATCH)) {
                outbox.claim(id).ifPresent(this::send);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "LTI score run failed; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }

    private Backoff backoff() {
        return settings.backoff();
    }

    void send(ScoreOutbox.Claimed s) {
        if (!s.platformActive()) {
            outbox.failed(s.id(), null, "the platform is switched off", backoff());
            return;
        }
        try {
            String token = accessToken(s);
            String body = Json.createObjectBuilder().add("userId", s.ltiUser()).add("scoreGiven", s.scoreGiven())
                    .add("scoreMaximum", s.scoreMaximum()).add("activityProgress", "Completed")
                    .add("gradingProgress", "FullyGraded").add("timestamp", s.scoredAt().toString()).build().toString();
            HttpRequest request = HttpRequest.newBuilder(scoresUrl(s.lineitemUrl()))
                    .timeout(settings.timeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", LtiClaims.SCORE_MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                outbox.sent(s.id(), response.statusCode());
            } else {
                outbox.failed(s.id(), response.statusCode(), "platform answered " + response.statusCode(), backoff());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.failed(s.id(), null, "interrupted", backoff());
        } catch (Exception e) {
            LOG.log(Level.FINE, "LTI score " + s.id() + " not sent", e);
            outbox.failed(s.id(), null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    backoff());
        }
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
