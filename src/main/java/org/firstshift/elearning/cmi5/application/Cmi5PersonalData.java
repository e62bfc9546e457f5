package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.platform.privacy.PersonalData;

import java.util.List;
import java.util.Map;

/**
 * An employee's cmi5 launch sessions (which AU, when, how they ended). The statements and state
 * documents of those sessions belong to the LRS, which exports and erases them itself. Erasure
 * deletes the sessions: they say who launched what and when.
 */
@ApplicationScoped
public class Cmi5PersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "cmi5";
    }

    private List<Cmi5Session> of(long employeeId) {
        return em.createNamedQuery("Cmi5Session.ofEmployee", Cmi5Session.class).setParameter("employeeId", employeeId).getResultList();
    }

    @Override
    public Object export(long employeeId) {
        return of(employeeId).stream().map(s -> Map.of("package", s.getPackageCode(), "au", s.getAuSeq(),
                "registration", s.getRegistration(), "sessionId", s.getSessionId(), "launchedAt", s.getLaunchedAt().toString(),
                "ended", s.getEndVerb() == null ? "open" : s.getEndVerb())).toList();
    }

    @Override
    public String erase(long employeeId) {
        List<Cmi5Session> sessions = of(employeeId);
        sessions.forEach(em::remove);
        return sessions.size() + " cmi5 launch sessions deleted";
    }
}
