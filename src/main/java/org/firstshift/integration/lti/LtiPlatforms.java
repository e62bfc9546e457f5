package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registering the platforms that may launch FirstShift. Every field is checked before anything is
 * stored, and all problems are reported at once; registrations are audited.
 */
@ApplicationScoped
public class LtiPlatforms {
    static final String ENTITY = "LtiPlatform";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** What an admin enters about a platform. */
    public record Registration(String name, String issuer, String clientId, List<String> deploymentIds,
                               String authLoginUrl, String authTokenUrl, String jwksUrl) {
    }

    public List<LtiPlatform> all() {
        return em.createNamedQuery("LtiPlatform.all", LtiPlatform.class).getResultList();
    }

    public LtiPlatform get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no LTI platform with id " + id));
    }

    public Optional<LtiPlatform> find(long id) {
        return Optional.ofNullable(em.find(LtiPlatform.class, id));
    }

    /** The active platforms with this issuer (one per client id FirstShift was given). */
    public List<LtiPlatform> activeByIssuer(String issuer) {
        return em.createNamedQuery("LtiPlatform.byIssuer", LtiPlatform.class).setParameter("issuer", issuer)
                .getResultStream().filter(LtiPlatform::isActive).toList();
    }

    @Transactional
    public LtiPlatform register(Registration r, String by) {
        List<ProblemItem> problems = new ArrayList<>();
        if (r == null) {
            throw new InvalidInputException("body", "a JSON platform is required");
        }
        String issuer = required(problems, "issuer", r.issuer(), 500);
        String clientId = required(problems, "clientId", r.clientId(), 200);
        Checked checked = check(problems, r);
        if (issuer != null && clientId != null && em.createNamedQuery("LtiPlatform.byIssuer", LtiPlatform.class)
                .setParameter("issuer", issuer).getResultStream().anyMatch(p -> p.getClientId().equals(clientId))) {
            problems.add(ProblemItem.field("clientId", "a platform with issuer '" + issuer + "' and client id '"
                    + clientId + "' is already registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The LTI platform was not registered", problems);
        }
        LtiPlatform p = new LtiPlatform(checked.name, issuer, clientId, checked.deployments, checked.endpoints, by, clock.instant());
        em.persist(p);
        em.flush();
        audit.record(ENTITY, p.getId(), AuditAction.CREATED, "Registered LTI platform " + issuer + " (client " + clientId + ")",
                null, snapshot(p));
        return p;
    }

    /** Changes the name, deployments and addresses; issuer and client id identify the platform and stay. */
    @Transactional
    public LtiPlatform change(long id, Registration r) {
        LtiPlatform p = get(id);
        List<ProblemItem> problems = new ArrayList<>();
        if (r == null) {
            throw new InvalidInputException("body", "a JSON platform is required");
        }
        if (r.issuer() != null && !r.issuer().strip().equals(p.getIssuer())) {
            problems.add(ProblemItem.field("issuer", "the issuer cannot change; register another platform"));
        }
        if (r.clientId() != null && !r.clientId().strip().equals(p.getClientId())) {
            problems.add(ProblemItem.field("clientId", "the client id cannot change; register another platform"));
        }
        Checked checked = check(problems, r);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The LTI platform was not changed", problems);
        }
        Map<String, Object> before = snapshot(p);
        p.change(checked.name, checked.deployments, checked.endpoints);
        audit.record(ENTITY, id, AuditAction.UPDATED, "Changed LTI platform " + p.getIssuer(), before, snapshot(p));
        return p;
    }

    @Transactional
    public LtiPlatform setActive(long id, boolean active) {
        LtiPlatform p = get(id);
        p.setActive(active);
        audit.record(ENTITY, id, AuditAction.UPDATED, (active ? "Switched on" : "Switched off") + " LTI platform "
                + p.getIssuer(), null, null);
        return p;
    }

    private record Checked(String name, Set<String> deployments, LtiPlatform.Endpoints endpoints) {
    }

    private static Checked check(List<ProblemItem> problems, Registration r) {
        String name = required(problems, "name", r.name(), 100);
        Set<String> deployments = new LinkedHashSet<>();
        if (r.deploymentIds() == null || r.deploymentIds().isEmpty()) {
            problems.add(ProblemItem.field("deploymentIds", "at least one deployment id is required"));
        } else {
            for (String d : r.deploymentIds()) {
                if (d == null || d.isBlank() || d.contains(",") || d.length() > 255) {
                    problems.add(ProblemItem.field("deploymentIds", "'" + d + "' is not a deployment id (1 to 255 characters, no comma)"));
                } else {
                    deployments.add(d.strip());
                }
            }
        }
        String login = url(problems, "authLoginUrl", r.authLoginUrl());
        String token = url(problems, "authTokenUrl", r.authTokenUrl());
        String jwks = url(problems, "jwksUrl", r.jwksUrl());
        return new Checked(name, deployments, new LtiPlatform.Endpoints(login, token, jwks));
    }

    private static String required(List<ProblemItem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(ProblemItem.field(field, field + " is required"));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(ProblemItem.field(field, field + " is longer than " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    static String url(List<ProblemItem> problems, String field, String value) {
        String v = required(problems, field, value, 2000);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                problems.add(ProblemItem.field(field, "'" + v + "' is not an absolute http(s) URL"));
                return null;
            }
            return v;
        } catch (java.net.URISyntaxException e) {
            problems.add(ProblemItem.field(field, "'" + v + "' is not a URL: " + e.getReason()));
            return null;
        }
    }

    private static Map<String, Object> snapshot(LtiPlatform p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.getName());
        m.put("issuer", p.getIssuer());
        m.put("clientId", p.getClientId());
        m.put("deploymentIds", p.deploymentIds());
        m.put("authLoginUrl", p.getAuthLoginUrl());
        m.put("authTokenUrl", p.getAuthTokenUrl());
        m.put("jwksUrl", p.getJwksUrl());
        m.put("active", p.isActive());
        return m;
    }
}
