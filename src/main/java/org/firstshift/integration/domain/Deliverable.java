package org.firstshift.integration.domain;

/**
 * An outbox row: an entity with an id and its {@link DeliveryAttempts} embedded as {@code delivery}
 * (the queries of {@link org.firstshift.integration.application.Outbox} name that path).
 */
public interface Deliverable {
    Long getId();

    DeliveryAttempts getDelivery();
}
