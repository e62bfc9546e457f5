package org.firstshift.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.firstshift.platform.security.FirstShiftAuthentication;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} on resources: 401 with a Basic
 * challenge when nobody is signed in, 403 when the caller lacks every listed role. A resource
 * method with no annotation on it or its class is refused outright, so forgetting to declare
 * roles fails closed.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(null));
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !type.isAnnotationPresent(PermitAll.class)) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new RoleFilter(roles.value()));
        } else if (!type.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleFilter(null));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {
        private final String[] roles;

        RoleFilter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problem.response(Response.Status.UNAUTHORIZED, "Sign in required",
                        "This resource needs a signed-in user (HTTP Basic or a session).")
                        .header("WWW-Authenticate", "Basic realm=\"" + FirstShiftAuthentication.REALM + "\"")
                        .build());
                return;
            }
            if (roles == null || Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Not allowed",
                        "Your roles do not allow this.").build());
            }
        }
    }
}
