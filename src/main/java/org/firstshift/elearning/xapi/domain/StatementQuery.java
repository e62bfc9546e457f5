package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The parameters of {@code GET /xapi/statements}, parsed and checked. A single-statement request
 * ({@code statementId} or {@code voidedStatementId}) allows only {@code format} and {@code attachments}
 * beside it. {@code cursor} is internal: it is only ever read from a {@code more} token.
 */
public record StatementQuery(String statementId, String voidedStatementId, String agentIfi, String verb,
                             String activity, String registration, boolean relatedActivities,
                             boolean relatedAgents, Instant since, Instant until, int limit, Format format,
                             boolean attachments, boolean ascending, Long cursor, Map<String, String> raw) {

    public static final int MAX_PAGE = 200;
    private static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId", "format", "attachments");
    private static final Set<String> KNOWN = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format",
            "attachments", "ascending");

    public enum Format { EXACT, IDS, CANONICAL }

    public boolean single() {
        return statementId != null || voidedStatementId != null;
    }

    /** Parses request parameters (each name at most once). */
    public static StatementQuery parse(Map<String, List<String>> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        for (var e : parameters.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                throw XapiException.badRequest("unknown query parameter '" + e.getKey() + "'");
            }
            if (e.getValue().size() != 1) {
                throw XapiException.badRequest("query parameter '" + e.getKey() + "' is given more than once");
            }
            p.put(e.getKey(), e.getValue().get(0));
        }
        return of(p, null);
    }

    private static StatementQuery of(Map<String, String> p, Long cursor) {
        String statementId = p.get("statementId");
        String voidedId = p.get("voidedStatementId");
        if (statementId != null && voidedId != null) {
            throw XapiException.badRequest("statementId and voidedStatementId cannot be used together");
        }
        if (statementId != null || voidedId != null) {
            for (String name : p.keySet()) {
                if (!SINGLE.contains(name)) {
                    throw XapiException.badRequest("'" + name + "' cannot be combined with statementId or voidedStatementId");
                }
            }
            String id = statementId != null ? statementId : voidedId;
            if (!StatementValidator.isUuid(id)) {
                throw XapiException.badRequest((statementId != null ? "statementId" : "voidedStatementId") + ": '" + id + "' is not a UUID");
            }
        }
        String agentIfi = null;
        if (p.containsKey("agent")) {
            agentIfi = agentIfi(p.get("agent"), "agent");
        }
        String verb = p.get("verb");
        if (verb != null && !StatementValidator.isIri(verb)) {
            throw XapiException.badRequest("verb: '" + verb + "' is not an IRI");
        }
        String activity = p.get("activity");
        if (activity != null && !StatementValidator.isIri(activity)) {
            throw XapiException.badRequest("activity: '" + activity + "' is not an IRI");
        }
        String registration = p.get("registration");
        if (registration != null && !StatementValidator.isUuid(registration)) {
            throw XapiException.badRequest("registration: '" + registration + "' is not a UUID");
        }
        int limit = 0;
        if (p.containsKey("limit")) {
            try {
                limit = Integer.parseInt(p.get("limit"));
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("limit: '" + p.get("limit") + "' is not a whole number");
            }
            if (limit < 0) {
                throw XapiException.badRequest("limit: must not be negative");
            }
        }
        limit = limit == 0 || limit > MAX_PAGE ? MAX_PAGE : limit;
        Format format = Format.EXACT;
        if (p.containsKey("format")) {
            format = switch (p.get("format")) {
                case "exact" -> Format.EXACT;
                case "ids" -> Format.IDS;
                case "canonical" -> Format.CANONICAL;
                default -> throw XapiException.badRequest("format: '" + p.get("format") + "' is not one of ids, exact, canonical");
            };
        }
        return new StatementQuery(lower(statementId), lower(voidedId), agentIfi, verb, activity, lower(registration),
                bool(p, "related_activities"), bool(p, "related_agents"), instant(p, "since"), instant(p, "until"),
                limit, format, bool(p, "attachments"), bool(p, "ascending"), cursor, Map.copyOf(p));
    }

    /** The IFI key of an agent given as JSON in a parameter (agent, or the document resources' agent). */
    public static String agentIfi(String json, String name) {
        JsonObject agent;
        try (var reader = JsonP.JSON.createReader(new StringReader(json))) {
            agent = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw XapiException.badRequest(name + ": not a JSON object: " + json);
        }
        new StatementValidator(XapiVersion.V2_0_0).actor(agent, name);
        return Agents.ifi(agent).orElseThrow(() -> XapiException.badRequest(name + ": an anonymous Group cannot be used as a filter"));
    }

    /** The opaque continuation token of the next page: the same parameters and the last seq returned. */
    public String more(long lastSeq) {
        StringJoiner q = new StringJoiner("&");
        raw.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        q.add("cursor=" + lastSeq);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(q.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a {@code more} token back; anything not made by {@link #more} is refused. */
    public static StatementQuery fromMore(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("more: not a continuation token of this LRS");
        }
        Map<String, String> p = new LinkedHashMap<>();
        Long cursor = null;
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw XapiException.badRequest("more: not a continuation token of this LRS");
            }
            String k = pair.substring(0, eq);
            String v = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if ("cursor".equals(k)) {
                try {
                    cursor = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw XapiException.badRequest("more: not a continuation token of this LRS");
                }
            } else if (KNOWN.contains(k)) {
                p.put(k, v);
            } else {
                throw XapiException.badRequest("more: not a continuation token of this LRS");
            }
        }
        if (cursor == null) {
            throw XapiException.badRequest("more: not a continuation token of this LRS");
        }
        return of(p, cursor);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean bool(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null) {
            return false;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw XapiException.badRequest(name + ": '" + v + "' is not true or false");
        };
    }

    private static Instant instant(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw XapiException.badRequest(name + ": '" + v + "' is not an ISO 8601 timestamp");
            }
        }
    }
}
