package org.firstshift.integration.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.integration.domain.ScimLink;
import org.firstshift.people.application.EmployeeChanged;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps meta.lastModified true for every change to an employee, whoever made it (a form, a CSV
 * import, SCIM): it observes the people module's {@link EmployeeChanged} inside that transaction.
 */
@ApplicationScoped
public class ScimLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onEmployeeChanged(@Observes EmployeeChanged change) {
        of(change.employeeId()).touch(clock.instant());
    }

    /** The row for an employee, created when missing; needs a transaction. */
    public ScimLink of(long employeeId) {
        ScimLink link = em.find(ScimLink.class, employeeId);
        if (link == null) {
            link = new ScimLink(employeeId, clock.instant());
            em.persist(link);
        }
        return link;
    }

    public ScimLink find(long employeeId) {
        return em.find(ScimLink.class, employeeId);
    }

    public Map<Long, ScimLink> all() {
        Map<Long, ScimLink> all = new HashMap<>();
        em.createNamedQuery("ScimLink.all", ScimLink.class).getResultList().forEach(l -> all.put(l.getEmployeeId(), l));
        return all;
    }
}
