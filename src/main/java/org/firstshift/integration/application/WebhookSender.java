package org.firstshift.integration.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.domain.WebhookDelivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends queued deliveries through an {@link OutboxPoller}: every few seconds, and at once when an
 * event queued something. Each row is claimed before it is sent, so several nodes (or overlapping
 * runs) never send one delivery twice. Signed with the hook's secret; redirects are
 * not followed; a slow receiver costs at most the timeout and never touches the event's transaction.
 */
@ApplicationScoped
public class WebhookSender {

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DeliveryClaims claims;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    DeliverySettings settings;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.allowed-hosts")
    Optional<String> allowedHosts;

    private OutboxPoller<DeliveryClaims.Claimed> poller;
    private HttpClient http;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        poller = new OutboxPoller<>("receiver", outbox, WebhookDelivery.class, claims::claim, this::send, settings, () -> { });
        poller.start(executor);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    /** Something was queued: send without waiting for the next poll. */
    public void soon() {
        if (poller != null) {
            poller.soon();
        }
    }

    /** One signed POST; the receiver's status (the poller records the outcome). */
    int send(DeliveryClaims.Claimed d) throws Exception {
        String urlProblem = WebhookUrls.problem(d.url(), WebhookUrls.allowList(allowedHosts));
        if (urlProblem != null) {
            throw new OutboxPoller.Refused(urlProblem);
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
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
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
