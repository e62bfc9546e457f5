package org.firstshift.integration.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.domain.Backoff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued deliveries from the container's managed scheduled executor: every few seconds, and
 * at once when an event queued something. Each row is claimed before it is sent, so several nodes
 * (or overlapping runs) never send one delivery twice. Signed with the hook's secret; redirects are
 * not followed; a slow receiver costs at most the timeout and never touches the event's transaction.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DeliveryClaims claims;

    @Inject
    Clock clock;

    @Inject
    DeliverySettings settings;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.allowed-hosts")
    Optional<String> allowedHosts;

    private final AtomicBoolean running = new AtomicBoolean();
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

    Backoff backoff() {
        return settings.backoff();
    }

    /** Something was queued: send without waiting for the next poll. */
    public void soon() {
        try {
            executor.execute(this::runSafely);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "executor busy; the next poll sends", e);
        }
    }

    private void runSafely() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : claims.due(BATCH)) {
                claims.claim(id).ifPresent(this::send);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery run failed; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }

    void send(DeliveryClaims.Claimed d) {
        String urlProblem = WebhookUrls.problem(d.url(), WebhookUrls.allowList(allowedHosts));
        if (urlProblem != null) {
            claims.failed(d.id(), null, "refused: " + urlProblem, backoff());
            return;
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "FirstShift-Webhooks/1")
                    .header("X-FirstShift-Event", d.eventType())
                    .header("X-FirstShift-Delivery", d.uid())
                    .header("X-FirstShift-Attempt", String.valueOf(d.attempt()))
                    .header("X-FirstShift-Timestamp", String.valueOf(clock.instant().getEpochSecond()))
                    .header(Signatures.HEADER, Signatures.sign(d.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                claims.delivered(d.id(), response.statusCode());
            } else {
                claims.failed(d.id(), response.statusCode(), "receiver answered " + response.statusCode(), backoff());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            claims.failed(d.id(), null, "interrupted", backoff());
        } catch (Exception e) {
            claims.failed(d.id(), null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), backoff());
        }
    }
}
