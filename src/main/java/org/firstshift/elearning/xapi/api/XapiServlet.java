package org.firstshift.elearning.xapi.api;

import org.firstshift.elearning.xapi.domain.JsonP;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.xapi.application.Authority;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.application.LrsKeys;
import org.firstshift.elearning.xapi.application.StatementStore;
import org.firstshift.elearning.xapi.domain.Attachment;
import org.firstshift.elearning.xapi.domain.StatementFormat;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.elearning.xapi.domain.StatementText;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.elearning.xapi.domain.XapiVersion;
import org.firstshift.platform.security.FirstShiftAuthentication;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The xAPI resources under {@code /xapi}. Outside JAX-RS on purpose: xAPI has its own version
 * header, error answers, multipart bodies and authentication (LRS keys and launch credentials,
 * checked here, not by the platform's sign-in; the platform mechanism leaves {@code /xapi} alone).
 * Only {@code /xapi/about} is public.
 */
@WebServlet(name = "xAPI", urlPatterns = {"/xapi", "/xapi/*"})
public class XapiServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(XapiServlet.class.getName());
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    /** Largest request body read (a batch of statements); bigger ones are refused with 413. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    @Inject
    LearningRecordStore lrs;

    @Inject
    LrsKeys keys;

    @Inject
    XapiDocumentsEndpoint documents;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        XapiVersion version = XapiVersion.of(request.getHeader(XapiVersion.HEADER)).orElse(XapiVersion.V2_0_0);
        response.setHeader(XapiVersion.HEADER, version.text());
        response.setHeader("Cache-Control", "no-store");
        try {
            if ("/about".equals(path)) {
                about(request, response);
                return;
            }
            Authority authority = keys.authenticate(request.getHeader("Authorization")).orElse(null);
            if (authority == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + FirstShiftAuthentication.REALM + " LRS\", charset=\"UTF-8\"");
                throw new XapiException(401, "an LRS key or launch credential is required (HTTP Basic)");
            }
            if (XapiVersion.of(request.getHeader(XapiVersion.HEADER)).isEmpty()) {
                throw XapiException.badRequest(XapiVersion.HEADER + ": "
                        + (request.getHeader(XapiVersion.HEADER) == null ? "the header is required"
                        : "'" + request.getHeader(XapiVersion.HEADER) + "' is not supported")
                        + "; this LRS speaks 1.0.3 and 2.0.0");
            }
            switch (path) {
                case "/statements" -> statements(request, response, authority, version);
                default -> {
                    if (!documents.handle(path, request, response, authority, version)) {
                        throw new XapiException(404, "no xAPI resource at /xapi" + path);
                    }
                }
            }
        } catch (XapiException e) {
            error(response, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof XapiException)) {
                cause = cause.getCause();
            }
            if (cause instanceof XapiException x) {
                error(response, x.status(), x.getMessage());
            } else if (cause instanceof org.firstshift.platform.api.InvalidInputException i) {
                error(response, 400, i.getMessage());
            } else {
                LOG.log(Level.WARNING, "xAPI " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
                error(response, 500, "the request failed on the server; nothing was stored");
            }
        }
    }

    private void about(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            throw new XapiException(405, "/xapi/about only answers GET");
        }
        JsonArrayBuilder versions = JsonP.JSON.createArrayBuilder();
        for (XapiVersion v : XapiVersion.values()) {
            versions.add(v.text());
        }
        json(response, 200, JsonP.JSON.createObjectBuilder().add("version", versions)
                .add("extensions", JsonP.JSON.createObjectBuilder()).build());
    }

    private void statements(HttpServletRequest request, HttpServletResponse response, Authority authority,
                            XapiVersion version) throws IOException {
        switch (request.getMethod()) {
            case "GET", "HEAD" -> getStatements(request, response, authority);
            case "POST" -> {
                if (!request.getParameterMap().isEmpty() && request.getQueryString() != null) {
                    throw XapiException.badRequest("POST /xapi/statements takes no query parameters (alternate request syntax is not supported)");
                }
                Body received = body(request);
                JsonStructure body = received.json();
                List<JsonObject> statements = new ArrayList<>();
                if (body instanceof JsonArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        if (!(array.get(i) instanceof JsonObject o)) {
                            throw XapiException.badRequest("statements[" + i + "]: must be a JSON object");
                        }
                        statements.add(o);
                    }
                } else {
                    statements.add((JsonObject) body);
                }
                List<String> ids;
                try {
                    ids = lrs.storeAssumingNew(statements, received.text() == null ? null : StatementText.elements(received.text()),
                            authority, version, received.parts());
                } catch (StatementStore.DuplicateIds known) {
                    ids = lrs.store(statements, authority, version, received.parts());
                }
                JsonArrayBuilder out = JsonP.JSON.createArrayBuilder();
                ids.forEach(out::add);
                json(response, 200, out.build());
            }
            case "PUT" -> {
                Map<String, List<String>> params = params(request);
                if (!params.keySet().equals(java.util.Set.of("statementId"))) {
                    throw XapiException.badRequest("PUT /xapi/statements needs exactly the statementId parameter");
                }
                Body received = body(request);
                if (!(received.json() instanceof JsonObject statement)) {
                    throw XapiException.badRequest("statement: PUT takes one statement object");
                }
                try {
                    lrs.put(params.get("statementId").get(0), statement, authority, version, received.parts());
                } catch (StatementStore.DuplicateIds storedMeanwhile) {
                    // Another request stored the same id since we looked: this time it is found (no-op or 409).
                    lrs.put(params.get("statementId").get(0), statement, authority, version, received.parts());
                }
                response.setStatus(204);
            }
            default -> {
                response.setHeader("Allow", "GET, HEAD, POST, PUT");
                throw new XapiException(405, request.getMethod() + " is not allowed on /xapi/statements");
            }
        }
    }

    private void getStatements(HttpServletRequest request, HttpServletResponse response, Authority authority) throws IOException {
        Map<String, List<String>> params = params(request);
        StatementQuery q;
        if (params.containsKey("more")) {
            if (params.size() != 1) {
                throw XapiException.badRequest("more: a continuation request takes no other parameters");
            }
            q = StatementQuery.fromMore(params.get("more").get(0));
        } else {
            q = StatementQuery.parse(params);
        }
        List<Locale.LanguageRange> languages = languages(request);
        if (q.single()) {
            boolean voided = q.voidedStatementId() != null;
            String id = voided ? q.voidedStatementId() : q.statementId();
            JsonObject s = lrs.find(id, voided, authority)
                    .orElseThrow(() -> new XapiException(404, (voided ? "no voided statement " : "no statement ") + id
                            + (voided ? "" : " (or it was voided: ask with voidedStatementId)")));
            response.setHeader(CONSISTENT_THROUGH, java.time.Instant.now().toString());
            response.setHeader("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.OffsetDateTime.parse(s.getString("stored"))));
            answer(response, StatementFormat.apply(s, q.format(), languages), q.attachments() ? List.of(s) : null);
            return;
        }
        LearningRecordStore.Page page = lrs.query(q, authority);
        JsonArrayBuilder list = JsonP.JSON.createArrayBuilder();
        page.statements().forEach(s -> list.add(StatementFormat.apply(s, q.format(), languages)));
        response.setHeader(CONSISTENT_THROUGH, page.consistentThrough().toString());
        answer(response, JsonP.JSON.createObjectBuilder().add("statements", list)
                .add("more", page.more() == null ? "" : request.getContextPath() + "/xapi/statements?more=" + page.more()).build(),
                q.attachments() ? page.statements() : null);
    }

    /** JSON, or with {@code attachments=true} multipart/mixed: the JSON part, then one part per attachment. */
    private void answer(HttpServletResponse response, JsonObject json, List<JsonObject> withAttachmentsOf) throws IOException {
        if (withAttachmentsOf == null) {
            json(response, 200, json);
            return;
        }
        Multiparts.write(response, json, lrs.attachmentContents(withAttachmentsOf).values());
    }

    /** A request body: the JSON, and the attachment parts when it came as multipart/mixed. */
    record Body(JsonStructure json, Map<String, Attachment> parts, String text) {
        Body(JsonStructure json, Map<String, Attachment> parts) {
            this(json, parts, null);
        }
    }

    private static Body body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
            return Multiparts.read(type, readBody(request));
        }
        String text = readText(request);
        return new Body(parseJson(text), Map.of(), text);
    }

    static Map<String, List<String>> params(HttpServletRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        return params;
    }

    static List<Locale.LanguageRange> languages(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    static JsonStructure readJson(HttpServletRequest request) throws IOException {
        return parseJson(readText(request));
    }

    /** An application/json body as text (UTF-8). */
    static String readText(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw XapiException.badRequest("Content-Type: '" + type + "' is not application/json or multipart/mixed");
        }
        return new String(readBody(request), StandardCharsets.UTF_8);
    }

    static JsonStructure parseJson(byte[] bytes) {
        return parseJson(new String(bytes, StandardCharsets.UTF_8));
    }

    static JsonStructure parseJson(String text) {
        try (var reader = JsonP.JSON.createReader(new StringReader(text))) {
            JsonStructure s = reader.read();
            return s;
        } catch (JsonParsingException e) {
            throw XapiException.badRequest("the body is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw XapiException.badRequest("the body is not a JSON object or array");
        }
    }

    static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new XapiException(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new XapiException(413, "the body is larger than " + MAX_BODY + " bytes");
            }
            return bytes;
        }
    }

    static void json(HttpServletResponse response, int status, JsonValue body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        json(response, status, JsonP.JSON.createObjectBuilder().add("status", status).add("message", message).build());
    }
}
