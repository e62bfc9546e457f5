package org.firstshift.integration.api;

import org.firstshift.integration.domain.LtiPlatform;

import java.time.Instant;
import java.util.List;

/** A registered LTI platform as the API shows it. */
public record LtiPlatformView(long id, String name, String issuer, String clientId, List<String> deploymentIds,
                              String authLoginUrl, String authTokenUrl, String jwksUrl, boolean active,
                              Instant createdAt, String createdBy) {
    public static LtiPlatformView of(LtiPlatform p) {
        return new LtiPlatformView(p.getId(), p.getName(), p.getIssuer(), p.getClientId(), p.deploymentIds(),
                p.getAuthLoginUrl(), p.getAuthTokenUrl(), p.getJwksUrl(), p.isActive(), p.getCreatedAt(), p.getCreatedBy());
    }
}
