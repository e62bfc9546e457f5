package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A receiver an admin registered: where to send, which event types ({@code *} for all), and the
 * secret deliveries are signed with. Switched off rather than deleted, so its deliveries stay listed.
 */
@Entity
@Table(name = "integration_webhook")
@NamedQuery(name = "Webhook.all", query = "SELECT w FROM Webhook w ORDER BY w.createdAt DESC, w.id DESC")
@NamedQuery(name = "Webhook.active", query = "SELECT w FROM Webhook w WHERE w.active = :active")
public class Webhook extends Identified {
    public static final String ALL_EVENTS = "*";

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "event_types", nullable = false, length = 2000)
    private String eventTypes;

    @Column(length = 200)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected Webhook() {
    }

    public Webhook(String url, String secret, Set<String> eventTypes, String description, Instant createdAt, String createdBy) {
        this.url = url;
        this.secret = secret;
        this.eventTypes = String.join(",", eventTypes);
        this.description = description;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean wants(String eventType) {
        Set<String> types = eventTypes();
        return types.contains(ALL_EVENTS) || types.contains(eventType);
    }

    public Set<String> eventTypes() {
        return new LinkedHashSet<>(Arrays.asList(eventTypes.split(",")));
    }

    public void switchOn() {
        active = true;
    }

    public void switchOff() {
        active = false;
    }

    public String getUrl() { return url; }
    public String secret() { return secret; }
    public String getEventTypes() { return eventTypes; }
    public String getDescription() { return description; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
