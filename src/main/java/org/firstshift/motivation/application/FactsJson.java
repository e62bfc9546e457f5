package org.firstshift.motivation.application;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.firstshift.platform.results.ResultBook;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The facts an evaluation used (one employee's {@link ResultBook.Results}) as JSON, and back.
 * Lists are written in a fixed order, so equal facts give equal text and an equal fingerprint.
 */
public final class FactsJson {
    /**
     * Looked up once: {@code JSON.createObjectBuilder()} asks the ServiceLoader for a provider on
     * every call, which scans the class path and made a full recomputation crawl.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private FactsJson() {
    }

    public static String write(ResultBook.Results r) {
        JsonArrayBuilder exams = JSON.createArrayBuilder();
        r.exams.stream().sorted(Comparator.comparing(ResultBook.ExamResult::at).thenComparing(ResultBook.ExamResult::examCode))
                .forEach(e -> exams.add(JSON.createObjectBuilder().add("exam", e.examCode()).add("score", e.scorePercent())
                        .add("passed", e.passed()).add("at", e.at().toString())));
        JsonArrayBuilder certs = JSON.createArrayBuilder();
        r.certifications.stream().sorted(Comparator.comparing(ResultBook.CertificationCycle::validFrom)
                        .thenComparing(ResultBook.CertificationCycle::certificationCode))
                .forEach(c -> {
                    JsonObjectBuilder o = JSON.createObjectBuilder().add("certification", c.certificationCode())
                            .add("from", c.validFrom().toString()).add("revoked", c.revoked());
                    if (c.validUntil() != null) {
                        o.add("until", c.validUntil().toString());
                    }
                    certs.add(o);
                });
        JsonArrayBuilder audits = JSON.createArrayBuilder();
        r.audits.stream().sorted(Comparator.comparing(ResultBook.AuditResult::visitDate).thenComparingLong(ResultBook.AuditResult::visitId))
                .forEach(a -> {
                    JsonArrayBuilder failed = JSON.createArrayBuilder();
                    a.failedRuleIds().forEach(failed::add);
                    audits.add(JSON.createObjectBuilder().add("visit", a.visitId()).add("date", a.visitDate().toString())
                            .add("score", a.scorePercent()).add("critical", a.criticalFailed()).add("failed", failed));
                });
        JsonArrayBuilder shadowing = JSON.createArrayBuilder();
        r.shadowing.stream().sorted(Comparator.comparing(ResultBook.ShadowingResult::completedAt))
                .forEach(s -> shadowing.add(JSON.createObjectBuilder().add("plan", s.planCode()).add("at", s.completedAt().toString())));
        JsonArrayBuilder roleplays = JSON.createArrayBuilder();
        r.roleplays.stream().sorted(Comparator.comparing(ResultBook.RoleplayResult::at).thenComparing(ResultBook.RoleplayResult::scenarioCode))
                .forEach(p -> roleplays.add(JSON.createObjectBuilder().add("scenario", p.scenarioCode()).add("passed", p.passed())
                        .add("at", p.at().toString())));
        JsonObjectBuilder root = JSON.createObjectBuilder().add("exams", exams).add("certifications", certs).add("audits", audits)
                .add("shadowing", shadowing).add("roleplays", roleplays);
        if (r.tenure != null) {
            root.add("tenure", JSON.createObjectBuilder().add("position", r.tenure.positionCode()).add("since", r.tenure.since().toString()));
        }
        return root.build().toString();
    }

    public static ResultBook.Results read(long employeeId, String json) {
        JsonObject root = JSON.createReader(new StringReader(json)).readObject();
        ResultBook book = new ResultBook();
        long me = employeeId;
        for (JsonObject e : objects(root, "exams")) {
            book.add(new ResultBook.ExamResult(me, e.getString("exam"), e.getJsonNumber("score").doubleValue(), e.getBoolean("passed"),
                    Instant.parse(e.getString("at"))));
        }
        for (JsonObject c : objects(root, "certifications")) {
            book.add(new ResultBook.CertificationCycle(me, c.getString("certification"), LocalDate.parse(c.getString("from")),
                    c.containsKey("until") ? LocalDate.parse(c.getString("until")) : null, c.getBoolean("revoked")));
        }
        for (JsonObject a : objects(root, "audits")) {
            book.add(new ResultBook.AuditResult(me, a.getJsonNumber("visit").longValue(), LocalDate.parse(a.getString("date")),
                    a.getJsonNumber("score").doubleValue(), a.getBoolean("critical"),
                    a.getJsonArray("failed").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
        }
        for (JsonObject s : objects(root, "shadowing")) {
            book.add(new ResultBook.ShadowingResult(me, s.getString("plan"), Instant.parse(s.getString("at"))));
        }
        for (JsonObject p : objects(root, "roleplays")) {
            book.add(new ResultBook.RoleplayResult(me, p.getString("scenario"), p.getBoolean("passed"), Instant.parse(p.getString("at"))));
        }
        if (root.containsKey("tenure") && root.get("tenure").getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject t = root.getJsonObject("tenure");
            book.add(new ResultBook.Tenure(me, t.getString("position"), LocalDate.parse(t.getString("since"))));
        }
        return book.of(me);
    }

    private static List<JsonObject> objects(JsonObject root, String key) {
        return root.containsKey(key) ? root.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    /** SHA-256 over the scheme version, the tier and the facts: what makes an evaluation new. */
    public static String fingerprint(long schemeId, String tierCode, String facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((schemeId + "|" + tierCode + "|" + facts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
