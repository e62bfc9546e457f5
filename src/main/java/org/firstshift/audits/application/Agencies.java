package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.audits.domain.Agency;
import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.Channel;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Agencies and their saved column mappings (checked against the checklist when saved). */
@ApplicationScoped
public class Agencies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Checklists checklists;

    @Inject
    AuditTrail trail;

    public List<Agency> all() {
        return em.createNamedQuery("Agency.all", Agency.class).getResultList();
    }

    public Optional<Agency> byCode(String code) {
        return em.createNamedQuery("Agency.byCode", Agency.class).setParameter("code", code).getResultStream().findFirst();
    }

    public AgencyMapping mappingOf(String code) {
        return fromJson(byCode(code).orElseThrow(() -> new NotFoundException("no agency '" + code + "'")).getMapping());
    }

    /** Saves the agency's mapping; every checklist line must have a column. */
    @Transactional
    public Agency save(String code, String name, AgencyMapping mapping) {
        AuditChecklist checklist = checklists.latestPublished(mapping.checklist())
                .orElseThrow(() -> new InvalidInputException("checklist", "no published checklist '" + mapping.checklist() + "'"));
        List<String> unmapped = checklist.getLines().stream().map(l -> l.getCode()).filter(c -> !mapping.lines().containsKey(c)).toList();
        List<String> unknown = mapping.lines().keySet().stream().filter(c -> checklist.line(c).isEmpty()).toList();
        if (!unmapped.isEmpty() || !unknown.isEmpty()) {
            throw new InvalidInputException("lines", (unmapped.isEmpty() ? "" : "no column for line(s) " + String.join(", ", unmapped) + " ")
                    + (unknown.isEmpty() ? "" : "unknown line(s) " + String.join(", ", unknown)));
        }
        String json = toJson(mapping);
        Agency agency = byCode(code).orElse(null);
        if (agency == null) {
            try {
                agency = new Agency(code, name, json);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("code", e.getMessage());
            }
            em.persist(agency);
            trail.record("audit_agency", code, AuditAction.CREATED, "agency mapping saved", null, Map.of("checklist", mapping.checklist()));
        } else if (!agency.getMapping().equals(json) || !agency.getName().equals(name)) {
            agency.change(name, json);
            trail.record("audit_agency", code, AuditAction.UPDATED, "agency mapping changed", null, Map.of("checklist", mapping.checklist()));
        }
        return agency;
    }

    public static String toJson(AgencyMapping m) {
        JsonObjectBuilder lines = Json.createObjectBuilder();
        m.lines().forEach(lines::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("checklist", m.checklist()).add("delimiter", String.valueOf(m.delimiter())).add("dateFormat", m.dateFormat())
                .add("visitRef", m.visitRef()).add("date", m.date()).add("store", m.store()).add("employee", m.employee())
                .add("defaultChannel", m.defaultChannel().name()).add("lines", lines)
                .add("yes", array(m.yes())).add("no", array(m.no())).add("notApplicable", array(m.notApplicable()));
        if (m.time() != null) {
            b.add("time", m.time());
        }
        if (m.channel() != null) {
            b.add("channel", m.channel());
        }
        return b.build().toString();
    }

    private static JsonArrayBuilder array(Set<String> words) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        words.stream().sorted().forEach(a::add);
        return a;
    }

    public static AgencyMapping fromJson(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        Map<String, String> lines = new LinkedHashMap<>();
        o.getJsonObject("lines").forEach((k, v) -> lines.put(k, ((JsonString) v).getString()));
        return new AgencyMapping(o.getString("checklist"), o.getString("delimiter").charAt(0), o.getString("dateFormat"),
                o.getString("visitRef"), o.getString("date"), o.getString("time", null), o.getString("store"), o.getString("employee"),
                o.getString("channel", null), Channel.valueOf(o.getString("defaultChannel")), lines,
                words(o, "yes"), words(o, "no"), words(o, "notApplicable"));
    }

    private static Set<String> words(JsonObject o, String key) {
        Set<String> s = new LinkedHashSet<>();
        if (o.containsKey(key)) {
            o.getJsonArray(key).getValuesAs(JsonString.class).forEach(j -> s.add(j.getString()));
        }
        return s;
    }
}
