package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.domain.Backoff;

import java.time.Duration;

/**
 * How outgoing deliveries behave, for webhooks and LTI grade pass-back alike: how often the outbox
 * is polled, how long a receiver may take, and the retry back-off. One set of
 * {@code firstshift.webhooks.*} settings, so an operator tunes both outboxes in one place.
 */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.poll-seconds", defaultValue = "2")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.backoff-base-seconds", defaultValue = "10")
    int backoffBaseSeconds;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.backoff-cap-seconds", defaultValue = "3600")
    int backoffCapSeconds;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.max-attempts", defaultValue = "10")
    int maxAttempts;

    public int pollSeconds() {
        return pollSeconds;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofSeconds(backoffBaseSeconds), Duration.ofSeconds(backoffCapSeconds), maxAttempts);
    }
}
