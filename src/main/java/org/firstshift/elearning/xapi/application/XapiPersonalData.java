package org.firstshift.elearning.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.application.People;
import org.firstshift.platform.privacy.PersonalData;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * xAPI statements about an employee, found by the identities FirstShift knows for them: their
 * account agent ({@link LearningRecordStore#learner}) and their work e-mail as {@code mbox}. Erasure
 * replaces the actor by a pseudonymous agent (the learning facts stay countable), deletes their
 * state and agent profile documents and revokes their launch credentials. Statements naming the
 * employee elsewhere (e.g. as the instructor of a shadowing sign-off) get the same pseudonym there.
 */
@ApplicationScoped
public class XapiPersonalData implements PersonalData {

    @Inject
    People people;

    @Inject
    StatementStore statements;

    @Inject
    LearningRecordStore lrs;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "xapi";
    }

    List<String> identities(long employeeId) {
        List<String> ifis = new ArrayList<>();
        people.loginOf(employeeId).ifPresent(a -> ifis.add(lrs.learnerIfi(a.getUsername())));
        people.find(employeeId).map(e -> e.getEmail()).filter(m -> m != null && !m.isBlank())
                .ifPresent(m -> ifis.add("mbox:mailto:" + m.toLowerCase(Locale.ROOT)));
        return ifis;
    }

    @Override
    public Object export(long employeeId) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<JsonObject> found = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (String ifi : identities(employeeId)) {
            statements.ofActor(ifi).forEach(r -> found.add(r.body()));
            em.createQuery("SELECT d.kind, d.activityId, d.documentId FROM XapiDocument d WHERE d.agentIfi = :agent", Object[].class)
                    .setParameter("agent", ifi).getResultStream()
                    .forEach(d -> documents.add(("S".equals(d[0]) ? "state " : "agent profile ") + d[2]
                            + ("".equals(d[1]) ? "" : " of " + d[1])));
        }
        out.put("statements", found);
        out.put("documents", documents);
        return out;
    }

    @Override
    public String erase(long employeeId) {
        JsonObject pseudonym = lrs.learner("erased-" + UUID.randomUUID(), null);
        int rewritten = 0;
        int documents = 0;
        String pseudonymIfi = lrs.learnerIfi(pseudonym.getJsonObject("account").getString("name"));
        for (String ifi : identities(employeeId)) {
            // first where they are not the actor (their agent links still point to them), then as actor
            rewritten += replaceElsewhere(ifi, pseudonym, pseudonymIfi);
            rewritten += statements.replaceActor(ifi, pseudonym, lrs.learnerIfi(pseudonym.getJsonObject("account").getString("name")));
            documents += em.createQuery("DELETE FROM XapiDocument d WHERE d.agentIfi = :agent").setParameter("agent", ifi).executeUpdate();
            em.createQuery("UPDATE XapiCredential c SET c.revokedAt = :now WHERE c.actorIfi = :agent AND c.revokedAt IS NULL")
                    .setParameter("now", clock.instant()).setParameter("agent", ifi).executeUpdate();
        }
        return rewritten + " xAPI statement(s) given a pseudonymous actor, " + documents + " document(s) deleted";
    }

    /**
     * Statements that mention the agent but not as actor (context instructor or team, an Agent
     * object, a sub-statement): every such agent object becomes the pseudonym. The index links
     * are moved to the pseudonym by {@link StatementStore#replaceActor} right after.
     */
    @SuppressWarnings("unchecked")
    int replaceElsewhere(String ifi, JsonObject pseudonym, String pseudonymIfi) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.statement_id, s.body FROM xapi_statement s WHERE (s.actor_ifi IS NULL OR s.actor_ifi <> ?1)"
                        + " AND EXISTS (SELECT 1 FROM xapi_statement_link l WHERE l.kind = 'G' AND l.link_value = ?2 AND l.statement_id = s.statement_id)")
                .setParameter(1, ifi).setParameter(2, ifi).getResultList();
        for (Object[] row : rows) {
            JsonObject body = org.firstshift.elearning.xapi.domain.JsonP.JSON.createReader(new java.io.StringReader(String.valueOf(row[1]))).readObject();
            em.createNativeQuery("UPDATE xapi_statement SET body = ?1 WHERE statement_id = ?2")
                    .setParameter(1, replaceAgent(body, ifi, pseudonym).toString()).setParameter(2, row[0]).executeUpdate();
        }
        em.createNativeQuery("UPDATE xapi_statement SET object_agent_ifi = ?1 WHERE object_agent_ifi = ?2")
                .setParameter(1, pseudonymIfi).setParameter(2, ifi).executeUpdate();
        return rows.size();
    }

    /** The value with every agent object whose IFI is {@code ifi} replaced (the authority is the LRS's, never an employee). */
    static jakarta.json.JsonValue replaceAgent(jakarta.json.JsonValue v, String ifi, JsonObject pseudonym) {
        if (v instanceof JsonObject o) {
            if (!"Group".equals(o.getString("objectType", "")) && org.firstshift.elearning.xapi.domain.Agents.ifi(o).filter(ifi::equals).isPresent()) {
                return pseudonym;
            }
            var b = org.firstshift.elearning.xapi.domain.JsonP.JSON.createObjectBuilder();
            o.forEach((k, x) -> b.add(k, "authority".equals(k) ? x : replaceAgent(x, ifi, pseudonym)));
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            var b = org.firstshift.elearning.xapi.domain.JsonP.JSON.createArrayBuilder();
            a.forEach(x -> b.add(replaceAgent(x, ifi, pseudonym)));
            return b.build();
        }
        return v;
    }
}
