package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.cmi5.domain.Cmi5Rules;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.xapi.application.Authority;
import org.firstshift.elearning.xapi.application.StatementGate;
import org.firstshift.elearning.xapi.domain.XapiException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cmi5 statement rules at the LRS's door: every batch a cmi5 launch credential writes is checked
 * statement by statement against its session ({@link Cmi5Rules}) before anything is stored; the first
 * broken rule refuses the whole batch with 403 naming the rule. Admitted cmi5 defined verbs are noted
 * on the session in the same transaction (so a refused or failed store forgets them too).
 * Credentials of other launches (their activity is not a cmi5 AU's IRI) pass at the cost of a string test.
 */
@ApplicationScoped
public class Cmi5StatementGate implements StatementGate {
    static final String CMI5_ACTIVITY = "urn:x-firstshift:cmi5:";

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Inject
    Clock clock;

    @Override
    public void admit(List<JsonObject> statements, Authority authority) {
        if (authority.activityId() == null || !authority.activityId().startsWith(CMI5_ACTIVITY) || authority.registration() == null) {
            return;
        }
        Map<String, Cmi5Session> sessions = new HashMap<>();
        Map<String, Cmi5Rules.SessionState> states = new HashMap<>();
        Instant now = clock.instant();
        for (JsonObject s : statements) {
            String sessionId = Cmi5Statements.sessionIdOf(s);
            Cmi5Session session = sessionId == null ? null : sessions.computeIfAbsent(sessionId, id -> ofThisLaunch(id, authority).orElse(null));
            Cmi5Rules.SessionState state = session == null
                    ? new Cmi5Rules.SessionState("", authority.registration(), authority.activityId(), null, null, null)
                    : states.computeIfAbsent(sessionId, id -> session.rulesState(masteryScore(session), earlier(session)));
            Optional<Cmi5Rules.Violation> broken = Cmi5Rules.admit(s, state);
            if (broken.isPresent()) {
                throw new XapiException(403, broken.get().message(s.getString("id")));
            }
            session.sent(s.getJsonObject("verb").getString("id"), now);
        }
    }

    /** The session the statement names, if it is one of this credential's launch (same registration and AU). */
    private Optional<Cmi5Session> ofThisLaunch(String sessionId, Authority authority) {
        return em.createNamedQuery("Cmi5Session.bySessionId", Cmi5Session.class).setParameter("sessionId", sessionId)
                .getResultStream().findFirst()
                .filter(x -> x.getRegistration().equalsIgnoreCase(authority.registration()) && x.getActivityId().equals(authority.activityId()));
    }

    private List<Cmi5Session> earlier(Cmi5Session session) {
        return em.createNamedQuery("Cmi5Session.ofAuInRegistration", Cmi5Session.class).setParameter("registration", session.getRegistration())
                .setParameter("auSeq", session.getAuSeq()).getResultList();
    }

    private Double masteryScore(Cmi5Session session) {
        return catalog.byCode(session.getPackageCode())
                .flatMap(p -> catalog.items(p.getId()).stream().filter(i -> i.getSeq() == session.getAuSeq()).findFirst())
                .map(PackageItem::getMasteryScore).orElse(null);
    }
}
