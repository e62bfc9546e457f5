package org.firstshift.integration.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Writes each operation's roles into the OpenAPI document ({@code mp.openapi.filter}): an
 * {@code x-roles} extension and a "Roles: ..." line in the description, read from the same
 * {@code @RolesAllowed}/{@code @PermitAll} annotations that {@code RolesAllowedFeature} enforces,
 * so the document cannot drift from what is enforced. Scopes of API tokens are the lower-case role
 * names, plus {@code scim} and {@code webhooks} (groups SCIM, WEBHOOKS).
 */
public class RolesInOpenApi implements OASFilter {
    private static final Logger LOG = Logger.getLogger(RolesInOpenApi.class.getName());
    public static final String EXTENSION = "x-roles";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = openAPI.getPaths().getPathItems();
        Map<String, PathItem> normalised = new java.util.HashMap<>();
        items.forEach((k, v) -> normalised.put(normalise(k), v));
        int described = 0;
        for (Class<?> resource : resources()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String full = normalise("/api/" + classPath + (methodPath == null ? "" : "/" + methodPath.value()));
                PathItem item = normalised.get(full);
                if (item == null) {
                    item = normalised.get(normalise("/" + classPath + (methodPath == null ? "" : "/" + methodPath.value())));
                }
                if (item == null || item.getOperations() == null) {
                    continue;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                    if (op.getKey().name().equalsIgnoreCase(verb)) {
                        describe(op.getValue(), roles(resource, m));
                        described++;
                    }
                }
            }
        }
        LOG.fine("roles written into " + described + " OpenAPI operations");
    }

    private static void describe(Operation op, List<String> roles) {
        op.addExtension(EXTENSION, roles);
        String line = "Roles: " + (roles.isEmpty() ? "none (refused)" : String.join(", ", roles)) + ".";
        String d = op.getDescription();
        if (d == null || !d.contains(line)) {
            op.setDescription(d == null || d.isBlank() ? line : line + " " + d);
        }
    }

    static List<String> roles(Class<?> resource, Method m) {
        if (m.isAnnotationPresent(PermitAll.class)) {
            return List.of("anyone");
        }
        if (m.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        RolesAllowed r = m.getAnnotation(RolesAllowed.class);
        if (r == null && !resource.isAnnotationPresent(PermitAll.class)) {
            r = resource.getAnnotation(RolesAllowed.class);
        }
        if (r != null) {
            return List.of(r.value());
        }
        return resource.isAnnotationPresent(PermitAll.class) ? List.of("anyone") : List.of();
    }

    private static String verb(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** "/api//employees/{id: \\d+}/" -> "/api/employees/{}" so both sides compare alike. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> resources() {
        List<Class<?>> out = new ArrayList<>();
        try {
            BeanManager bm = CDI.current().getBeanManager();
            Set<Class<?>> seen = new HashSet<>();
            for (Bean<?> bean : bm.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> c = bean.getBeanClass();
                if (c.isAnnotationPresent(Path.class) && c.getName().startsWith("org.firstshift.") && seen.add(c)) {
                    out.add(c);
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("Could not list resources for the OpenAPI roles: " + e);
        }
        return out;
    }
}
