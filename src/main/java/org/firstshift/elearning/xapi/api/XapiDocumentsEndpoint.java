package org.firstshift.elearning.xapi.api;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.xapi.application.Authority;
import org.firstshift.elearning.xapi.application.Documents;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.elearning.xapi.domain.StatementValidator;
import org.firstshift.elearning.xapi.domain.XapiDocument;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.elearning.xapi.domain.XapiVersion;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The document resources ({@code /activities/state}, {@code /activities/profile}, {@code /agents/profile})
 * and the two read-only ones ({@code /activities}, {@code /agents}). A launch credential reaches only
 * its own learner's and activity's documents.
 */
@ApplicationScoped
public class XapiDocumentsEndpoint {

    @Inject
    Documents documents;

    @Inject
    LearningRecordStore lrs;

    /** Answers the request if the path is one of these resources; false otherwise. */
    boolean handle(String path, HttpServletRequest request, HttpServletResponse response, Authority authority,
                   XapiVersion version) throws IOException {
        Map<String, List<String>> params = XapiServlet.params(request);
        switch (path) {
            case "/activities/state" -> {
                allowed(params, Set.of("activityId", "agent", "registration", "stateId", "since"));
                String activity = activity(params, authority);
                String agent = agent(params, authority);
                String registration = optional(params, "registration");
                if (registration != null && !StatementValidator.isUuid(registration)) {
                    throw XapiException.badRequest("registration: '" + registration + "' is not a UUID");
                }
                Documents.Key key = new Documents.Key(XapiDocument.STATE, activity, agent,
                        registration == null ? "" : registration.toLowerCase(Locale.ROOT));
                document(key, "stateId", params, request, response, false);
            }
            case "/activities/profile" -> {
                allowed(params, Set.of("activityId", "profileId", "since"));
                Documents.Key key = new Documents.Key(XapiDocument.ACTIVITY_PROFILE, activity(params, authority), "", "");
                document(key, "profileId", params, request, response, true);
            }
            case "/agents/profile" -> {
                allowed(params, Set.of("agent", "profileId", "since"));
                Documents.Key key = new Documents.Key(XapiDocument.AGENT_PROFILE, "", agent(params, authority), "");
                document(key, "profileId", params, request, response, true);
            }
            case "/activities" -> {
                onlyGet(request);
                allowed(params, Set.of("activityId"));
                String id = activity(params, authority);
                XapiServlet.json(response, 200, lrs.activity(id));
            }
            case "/agents" -> {
                onlyGet(request);
                allowed(params, Set.of("agent"));
                agent(params, authority);
                XapiServlet.json(response, 200, person(parse(required(params, "agent"))));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void document(Documents.Key key, String idName, Map<String, List<String>> params, HttpServletRequest request,
                          HttpServletResponse response, boolean profile) throws IOException {
        String documentId = optional(params, idName);
        Documents.Preconditions p = new Documents.Preconditions(request.getHeader("If-Match"), request.getHeader("If-None-Match"));
        switch (request.getMethod()) {
            case "GET", "HEAD" -> {
                if (documentId == null) {
                    Instant since = since(params);
                    JsonArrayBuilder ids = JsonP.JSON.createArrayBuilder();
                    documents.ids(key, since).forEach(ids::add);
                    XapiServlet.json(response, 200, ids.build());
                    return;
                }
                if (params.containsKey("since")) {
                    throw XapiException.badRequest("since: only for a list of ids, not with " + idName);
                }
                XapiDocument d = documents.find(key, documentId)
                        .orElseThrow(() -> new XapiException(404, "no document " + documentId));
                response.setStatus(200);
                response.setContentType(d.getContentType());
                response.setHeader("ETag", "\"" + d.getEtag() + "\"");
                response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(d.getUpdated().atOffset(ZoneOffset.UTC)));
                byte[] content = d.getContent();
                response.setContentLength(content.length);
                if ("GET".equals(request.getMethod())) {
                    response.getOutputStream().write(content);
                }
            }
            case "PUT", "POST" -> {
                if (documentId == null) {
                    throw XapiException.badRequest(idName + ": is required to write a document");
                }
                if (params.containsKey("since")) {
                    throw XapiException.badRequest("since: only for a list of ids");
                }
                String type = request.getContentType() == null ? "application/octet-stream" : request.getContentType();
                byte[] body = XapiServlet.readBody(request);
                XapiDocument d = "PUT".equals(request.getMethod())
                        ? documents.put(key, documentId, type, body, p, profile)
                        : documents.merge(key, documentId, type, body, p);
                response.setHeader("ETag", "\"" + d.getEtag() + "\"");
                response.setStatus(204);
            }
            case "DELETE" -> {
                if (params.containsKey("since")) {
                    throw XapiException.badRequest("since: only for a list of ids");
                }
                if (documentId == null) {
                    if (profile) {
                        throw XapiException.badRequest(idName + ": is required to delete a profile");
                    }
                    documents.deleteAll(key);
                } else {
                    documents.delete(key, documentId, p);
                }
                response.setStatus(204);
            }
            default -> {
                response.setHeader("Allow", "GET, HEAD, PUT, POST, DELETE");
                throw new XapiException(405, request.getMethod() + " is not allowed here");
            }
        }
    }

    private static void onlyGet(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            throw new XapiException(405, request.getMethod() + " is not allowed here; only GET");
        }
    }

    private static String activity(Map<String, List<String>> params, Authority authority) {
        String id = required(params, "activityId");
        if (!StatementValidator.isIri(id)) {
            throw XapiException.badRequest("activityId: '" + id + "' is not an IRI");
        }
        if (authority.limited() && !authority.activityId().equals(id)) {
            throw new XapiException(403, "activityId: this launch credential is limited to " + authority.activityId());
        }
        return id;
    }

    private static String agent(Map<String, List<String>> params, Authority authority) {
        String ifi = StatementQuery.agentIfi(required(params, "agent"), "agent");
        if (authority.limited() && !authority.actorIfi().equals(ifi)) {
            throw new XapiException(403, "agent: this launch credential is limited to its own learner");
        }
        return ifi;
    }

    private static Instant since(Map<String, List<String>> params) {
        String s = optional(params, "since");
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw XapiException.badRequest("since: '" + s + "' is not an ISO 8601 timestamp with offset");
        }
    }

    private static void allowed(Map<String, List<String>> params, Set<String> names) {
        for (var e : params.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw XapiException.badRequest("unknown query parameter '" + e.getKey() + "'");
            }
            if (e.getValue().size() != 1) {
                throw XapiException.badRequest("query parameter '" + e.getKey() + "' is given more than once");
            }
        }
    }

    private static String required(Map<String, List<String>> params, String name) {
        String v = optional(params, name);
        if (v == null || v.isEmpty()) {
            throw XapiException.badRequest(name + ": is required");
        }
        return v;
    }

    private static String optional(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.get(0);
    }

    private static JsonObject parse(String json) {
        try (var r = JsonP.JSON.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** The Person object: what this LRS knows of an agent is the agent itself (no identity merging). */
    private static JsonObject person(JsonObject agent) {
        JsonObjectBuilder p = JsonP.JSON.createObjectBuilder().add("objectType", "Person");
        if (agent.containsKey("name")) {
            p.add("name", JsonP.JSON.createArrayBuilder().add(agent.get("name")));
        }
        for (String ifi : new String[]{"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(ifi)) {
                p.add(ifi, JsonP.JSON.createArrayBuilder().add(agent.get(ifi)));
            }
        }
        return p.build();
    }
}
