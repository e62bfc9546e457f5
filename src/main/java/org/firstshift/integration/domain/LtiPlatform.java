package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Another learning platform (Moodle, Canvas, an intranet) that launches FirstShift activities as
 * an LTI 1.3 tool: who it is ({@code issuer} and the {@code clientId} it gave FirstShift), which of
 * its deployments may launch, and where its authorization, token and key-set endpoints are.
 * Switched off rather than deleted, so launches made through it stay explained.
 */
@Entity
@Table(name = "integration_lti_platform")
@NamedQuery(name = "LtiPlatform.all", query = "SELECT p FROM LtiPlatform p ORDER BY p.name, p.id")
@NamedQuery(name = "LtiPlatform.byIssuer", query = "SELECT p FROM LtiPlatform p WHERE p.issuer = :issuer")
public class LtiPlatform extends Identified {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500, updatable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 200, updatable = false)
    private String clientId;

    @Column(name = "deployment_ids", nullable = false, length = 2000)
    private String deploymentIds;

    @Column(name = "auth_login_url", nullable = false, length = 2000)
    private String authLoginUrl;

    @Column(name = "auth_token_url", nullable = false, length = 2000)
    private String authTokenUrl;

    @Column(name = "jwks_url", nullable = false, length = 2000)
    private String jwksUrl;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    protected LtiPlatform() {
    }

    public LtiPlatform(String name, String issuer, String clientId, Set<String> deploymentIds, Endpoints endpoints,
                       String createdBy, Instant now) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(name, deploymentIds, endpoints);
    }

    /** The platform's three addresses, checked by the caller to be absolute http(s) URLs. */
    public record Endpoints(String authLoginUrl, String authTokenUrl, String jwksUrl) {
    }

    public final void change(String newName, Set<String> newDeploymentIds, Endpoints endpoints) {
        if (newDeploymentIds.isEmpty() || newDeploymentIds.stream().anyMatch(d -> d.isBlank() || d.contains(","))) {
            throw new IllegalArgumentException("at least one deployment id, none blank or with a comma");
        }
        this.name = newName;
        this.deploymentIds = String.join(",", newDeploymentIds);
        this.authLoginUrl = endpoints.authLoginUrl();
        this.authTokenUrl = endpoints.authTokenUrl();
        this.jwksUrl = endpoints.jwksUrl();
    }

    public boolean allowsDeployment(String deploymentId) {
        return deploymentId != null && deploymentIds().contains(deploymentId);
    }

    public List<String> deploymentIds() {
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(deploymentIds.split(","))));
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getName() { return name; }
    public String getIssuer() { return issuer; }
    public String getClientId() { return clientId; }
    public String getAuthLoginUrl() { return authLoginUrl; }
    public String getAuthTokenUrl() { return authTokenUrl; }
    public String getJwksUrl() { return jwksUrl; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
