package org.firstshift.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** The REST API: every resource lives under {@code /api} and is described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "FirstShift API", version = "0.1",
                description = "Onboarding for frontline staff. Every operation names the roles it allows."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class FirstShiftApi extends Application {

    /**
     * API errors are always our problem+json, never the container's HTML error page: Jersey would
     * otherwise answer some 4xx through {@code sendError}, which web.xml's error pages replace.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
