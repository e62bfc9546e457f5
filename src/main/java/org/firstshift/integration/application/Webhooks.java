package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.integration.domain.Webhook;
import org.firstshift.integration.domain.WebhookDelivery;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registering receivers and queueing deliveries. Queueing only writes outbox rows; sending is
 * {@link WebhookSender}'s job, so nothing here waits for a receiver.
 */
@ApplicationScoped
public class Webhooks {
    static final String ENTITY = "Webhook";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.webhooks.allowed-hosts")
    Optional<String> allowedHosts;

    /** A new hook and its secret, which is shown this once. */
    public record Registered(Webhook hook, String secret) {
    }

    @Transactional
    public Registered register(String url, List<String> eventTypes, String description, String by) {
        List<ProblemItem> problems = new ArrayList<>();
        String urlProblem = WebhookUrls.problem(url, WebhookUrls.allowList(allowedHosts));
        if (urlProblem != null) {
            problems.add(ProblemItem.field("url", urlProblem));
        }
        Set<String> types = new LinkedHashSet<>();
        if (eventTypes == null || eventTypes.isEmpty()) {
            problems.add(ProblemItem.field("eventTypes", "name at least one event type, or * for all"));
        } else {
            for (String t : eventTypes) {
                String type = t == null ? "" : t.strip();
                if (!EventTypes.valid(type)) {
                    problems.add(ProblemItem.field("eventTypes", "'" + t + "' is not an event type (e.g. shadowing.plan.completed, or *)"));
                } else {
                    types.add(type);
                }
            }
        }
        if (description != null && description.length() > 200) {
            problems.add(ProblemItem.field("description", "at most 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The webhook was not registered", problems);
        }
        String secret = Signatures.newSecret();
        Webhook hook = new Webhook(url.strip(), secret, types, description == null || description.isBlank() ? null : description.strip(),
                clock.instant(), by);
        em.persist(hook);
        em.flush();
        audit.record(ENTITY, hook.getId(), AuditAction.CREATED, "Registered webhook " + hook.getUrl() + " for " + types,
                null, snapshot(hook));
        return new Registered(hook, secret);
    }

    public List<Webhook> all() {
        return em.createNamedQuery("Webhook.all", Webhook.class).getResultList();
    }

    public Webhook get(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id)).orElseThrow(() -> new NotFoundException("no webhook with id " + id));
    }

    @Transactional
    public Webhook setActive(long id, boolean active) {
        Webhook hook = get(id);
        Map<String, Object> before = snapshot(hook);
        if (active) {
            hook.switchOn();
        } else {
            hook.switchOff();
        }
        audit.record(ENTITY, id, AuditAction.UPDATED, (active ? "Switched on" : "Switched off") + " webhook " + hook.getUrl(),
                before, snapshot(hook));
        return hook;
    }

    public List<WebhookDelivery> deliveries(long hookId, int max) {
        get(hookId);
        return em.createNamedQuery("WebhookDelivery.ofHook", WebhookDelivery.class).setParameter("hook", hookId)
                .setMaxResults(max).getResultList();
    }

    public List<WebhookDelivery> recentDeliveries(int max) {
        return em.createNamedQuery("WebhookDelivery.recent", WebhookDelivery.class).setMaxResults(max).getResultList();
    }

    public WebhookDelivery delivery(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id))
                .orElseThrow(() -> new NotFoundException("no webhook delivery with id " + id));
    }

    /** By hand: queue a delivery again at once (after fixing the receiver, say). */
    @Transactional
    public WebhookDelivery redeliver(long deliveryId) {
        WebhookDelivery d = delivery(deliveryId);
        d.getDelivery().retryNow(clock.instant());
        audit.record(ENTITY, d.getWebhookId(), AuditAction.UPDATED, "Redelivery of " + d.getDeliveryUid() + " requested", null, null);
        return d;
    }

    /** The admin's "send a test event": a real delivery through the outbox, whatever the hook subscribes to. */
    @Transactional
    public WebhookDelivery sendTest(long hookId) {
        Webhook hook = get(hookId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookId", hookId);
        data.put("message", "A test event sent by an admin from FirstShift");
        return queue(hook, EventTypes.TEST, clock.instant(), data);
    }

    /** Queues an event for every active hook that subscribes to its type; one transaction for all rows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int enqueue(String eventType, Instant at, Map<String, Object> data) {
        int queued = 0;
        for (Webhook hook : em.createNamedQuery("Webhook.active", Webhook.class).setParameter("active", true).getResultList()) {
            if (hook.wants(eventType)) {
                queue(hook, eventType, at, data);
                queued++;
            }
        }
        return queued;
    }

    private WebhookDelivery queue(Webhook hook, String eventType, Instant at, Map<String, Object> data) {
        String uid = UUID.randomUUID().toString();
        WebhookDelivery d = new WebhookDelivery(hook.getId(), uid, eventType, payload(uid, eventType, at, data), clock.instant());
        em.persist(d);
        return d;
    }

    static String payload(String uid, String eventType, Instant at, Map<String, Object> data) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("id", uid).add("type", eventType)
                .add("occurredAt", String.valueOf(at));
        JsonObjectBuilder d = Json.createObjectBuilder();
        data.forEach((k, v) -> {
            if (v == null) {
                d.addNull(k);
            } else if (v instanceof Boolean b) {
                d.add(k, b);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                d.add(k, ((Number) v).longValue());
            } else if (v instanceof Number n) {
                d.add(k, n.doubleValue());
            } else {
                d.add(k, v.toString());
            }
        });
        return body.add("data", d).build().toString();
    }

    /** An event's fields as payload data: a record's components, or employeeId and at otherwise. */
    static Map<String, Object> data(Object event, long employeeId, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            data.put("employeeId", employeeId);
            data.put("at", at);
            return data;
        }
        for (RecordComponent c : components) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                data.put(c.getName(), accessor.invoke(event));
            } catch (ReflectiveOperationException | RuntimeException e) {
                data.put(c.getName(), null);
            }
        }
        data.putIfAbsent("employeeId", employeeId);
        return data;
    }

    static Map<String, Object> snapshot(Webhook h) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("url", h.getUrl());
        s.put("event_types", h.getEventTypes());
        s.put("description", h.getDescription());
        s.put("active", h.isActive());
        return s;
    }

    public static List<String> split(String commaList) {
        return commaList == null ? List.of() : Arrays.stream(commaList.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
