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
 * employee elsewhere (e.g. as instructor) are not rewritten.
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
        for (String ifi : identities(employeeId)) {
            rewritten += statements.replaceActor(ifi, pseudonym, lrs.learnerIfi(pseudonym.getJsonObject("account").getString("name")));
            documents += em.createQuery("DELETE FROM XapiDocument d WHERE d.agentIfi = :agent").setParameter("agent", ifi).executeUpdate();
            em.createQuery("UPDATE XapiCredential c SET c.revokedAt = :now WHERE c.actorIfi = :agent AND c.revokedAt IS NULL")
                    .setParameter("now", clock.instant()).setParameter("agent", ifi).executeUpdate();
        }
        return rewritten + " xAPI statement(s) given a pseudonymous actor, " + documents + " document(s) deleted";
    }
}
