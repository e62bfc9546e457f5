package org.firstshift.integration.scim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.integration.domain.Scope;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.PermissionDeniedException;
import org.firstshift.platform.security.FirstShiftAuthentication;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SCIM 2.0 endpoints: {@code /Users}, {@code /Groups}, {@code /ServiceProviderConfig},
 * {@code /ResourceTypes} and {@code /Schemas}. Only callers whose bearer token has the {@code scim}
 * scope get in (the platform's authentication mechanism checks the token; a Basic or session
 * caller never has the SCIM group). Every refusal is an RFC 7644 error document.
 */
@WebServlet(name = "SCIM", urlPatterns = {"/scim/v2", "/scim/v2/*"})
public class ScimServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ScimServlet.class.getName());
    static final String MEDIA_TYPE = "application/scim+json";

    @Inject
    ScimUsers users;

    @Inject
    ScimGroups groups;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getUserPrincipal() == null) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"" + FirstShiftAuthentication.REALM + "\"");
                throw new ScimException(401, null, "a bearer token with the scim scope is required");
            }
            if (!request.isUserInRole(Scope.SCIM_GROUP)) {
                throw new ScimException(403, null, "this token does not have the scim scope");
            }
            route(request, response);
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            ScimException refusal;
            if (cause instanceof ScimException s) {
                refusal = s;
            } else if (cause instanceof PermissionDeniedException denied) {
                refusal = new ScimException(403, null, denied.problems().isEmpty() ? denied.getMessage()
                        : denied.problems().get(0).message());
            } else if (cause instanceof InvalidInputException i) {
                refusal = ScimException.invalidValue(i.problems().isEmpty() ? i.getMessage()
                        : i.problems().stream().map(p -> p.message()).reduce((a, b) -> a + "; " + b).orElse(i.getMessage()));
            } else if (cause instanceof IllegalArgumentException i) {
                refusal = ScimException.invalidValue(i.getMessage());
            } else if (cause instanceof OptimisticLockException) {
                refusal = new ScimException(409, null, "the resource changed meanwhile; read it again and retry");
            } else {
                LOG.log(Level.WARNING, "SCIM " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
                refusal = new ScimException(500, null, "the request failed on the server; nothing was changed");
            }
            if (refusal.status() >= 400 && refusal.status() < 500 && refusal.status() != 404) {
                LOG.info(() -> "SCIM refused " + request.getMethod() + " " + request.getRequestURI() + ": "
                        + refusal.status() + " " + refusal.scimType() + " " + refusal.getMessage());
            }
            error(response, refusal);
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && !(cur instanceof ScimException) && !(cur instanceof InvalidInputException)
                && (cur instanceof jakarta.ejb.EJBException || cur.getClass().getName().contains("Transaction")
                || cur instanceof jakarta.persistence.PersistenceException && !(cur instanceof OptimisticLockException))) {
            cur = cur.getCause();
        }
        return cur;
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        String method = request.getMethod();
        String base = base(request);
        String top = parts.isEmpty() ? "" : parts.get(0);
        String id = parts.size() > 1 ? parts.get(1) : null;
        if (parts.size() > 2) {
            throw ScimException.notFound("no SCIM endpoint at " + path);
        }
        switch (top) {
            case "ServiceProviderConfig":
                requireGet(method, id == null);
                write(response, 200, ScimSchemas.serviceProviderConfig(base));
                return;
            case "ResourceTypes":
                requireGet(method, true);
                discovery(response, ScimSchemas.resourceTypes(base), id, "ResourceType");
                return;
            case "Schemas":
                requireGet(method, true);
                discovery(response, ScimSchemas.schemas(base), id, "Schema");
                return;
            case "Users":
                users(request, response, method, id, base);
                return;
            case "Groups":
                groups(request, response, method, id, base);
                return;
            default:
                throw ScimException.notFound("no SCIM endpoint at " + (path.isEmpty() ? "/" : path));
        }
    }

    private void users(HttpServletRequest request, HttpServletResponse response, String method, String id, String base)
            throws IOException {
        if (id == null) {
            if (method.equals("GET")) {
                ScimUsers.Page page = users.list(request.getParameter("filter"), request.getParameter("sortBy"),
                        request.getParameter("sortOrder"), intParam(request, "startIndex", 1),
                        intParam(request, "count", 100), base);
                write(response, 200, listResponse(page.total(), page.startIndex(), page.resources()));
            } else if (method.equals("POST")) {
                Map<String, Object> created = users.create(body(request), base);
                response.setHeader("Location", base + "/Users/" + created.get("id"));
                writeResource(response, 201, created);
            } else {
                throw new ScimException(405, null, method + " is not supported on /Users");
            }
            return;
        }
        switch (method) {
            case "GET":
                writeResource(response, 200, users.get(id, base));
                return;
            case "PUT":
                writeResource(response, 200, users.replace(id, body(request), base));
                return;
            case "PATCH":
                writeResource(response, 200, users.patch(id, body(request), base));
                return;
            case "DELETE":
                users.deactivate(id);
                response.setStatus(204);
                return;
            default:
                throw new ScimException(405, null, method + " is not supported on a User");
        }
    }

    private void groups(HttpServletRequest request, HttpServletResponse response, String method, String id, String base)
            throws IOException {
        if (id == null) {
            if (method.equals("GET")) {
                List<Map<String, Object>> all = groups.list(request.getParameter("filter"), base);
                int start = Math.max(1, intParam(request, "startIndex", 1));
                int count = Math.max(0, Math.min(intParam(request, "count", 100), ScimSchemas.MAX_RESULTS));
                write(response, 200, listResponse(all.size(), start,
                        all.stream().skip(start - 1L).limit(count).toList()));
                return;
            }
            throw ScimException.mutability("groups are FirstShift's roles: they cannot be created or deleted");
        }
        switch (method) {
            case "GET":
                writeResource(response, 200, groups.get(id, base));
                return;
            case "PATCH":
                writeResource(response, 200, groups.patch(id, body(request), base));
                return;
            case "PUT":
                writeResource(response, 200, groups.replace(id, body(request), base));
                return;
            default:
                throw ScimException.mutability("groups are FirstShift's roles: they cannot be created or deleted");
        }
    }

    private static void requireGet(String method, boolean ok) {
        if (!method.equals("GET")) {
            throw new ScimException(405, null, "only GET is supported here");
        }
        if (!ok) {
            throw ScimException.notFound("no such resource");
        }
    }

    @SuppressWarnings("unchecked")
    private static void discovery(HttpServletResponse response, List<Object> all, String id, String what) throws IOException {
        if (id == null) {
            List<Map<String, Object>> items = all.stream().map(o -> (Map<String, Object>) o).toList();
            write(response, 200, listResponse(items.size(), 1, items));
            return;
        }
        for (Object o : all) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (id.equals(m.get("id"))) {
                write(response, 200, m);
                return;
            }
        }
        throw ScimException.notFound("no " + what + " '" + id + "'");
    }

    private static Map<String, Object> listResponse(int total, int start, List<Map<String, Object>> resources) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("schemas", List.of(ScimSchemas.LIST));
        list.put("totalResults", total);
        list.put("startIndex", start);
        list.put("itemsPerPage", resources.size());
        list.put("Resources", new ArrayList<Object>(resources));
        return list;
    }

    private static int intParam(HttpServletRequest request, String name, int fallback) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    private static Map<String, Object> body(HttpServletRequest request) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JsonValue value;
        try (var reader = Json.createReader(request.getReader())) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new ScimException(400, "invalidSyntax", "the body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ScimException(400, "invalidSyntax", "the body must be a JSON object");
        }
        return Tree.object(value.asJsonObject());
    }

    private static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int at = url.indexOf("/scim/v2");
        return url.substring(0, at + "/scim/v2".length());
    }

    private static void writeResource(HttpServletResponse response, int status, Map<String, Object> resource) throws IOException {
        Map<String, Object> meta = Tree.map(resource.get("meta"));
        if (meta != null && meta.get("version") != null) {
            response.setHeader("ETag", meta.get("version").toString());
        }
        write(response, status, resource);
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JsonObject json = Tree.jsonObject(body);
        try (Writer w = response.getWriter()) {
            w.write(json.toString());
        }
    }

    static void error(HttpServletResponse response, ScimException e) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(ScimSchemas.ERROR));
        body.put("status", String.valueOf(e.status()));
        if (e.scimType() != null) {
            body.put("scimType", e.scimType());
        }
        body.put("detail", e.getMessage());
        write(response, e.status(), body);
    }
}
