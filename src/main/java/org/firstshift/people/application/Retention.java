package org.firstshift.people.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.cluster.ClusterClaims;
import org.firstshift.platform.privacy.PersonalDataService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention setting {@code firstshift.privacy.erase-after-days}: when set, the personal data
 * of people who left more than that many days ago is erased every night. Unset (the default), data
 * is kept until an admin erases it on request. Running on two nodes at once is harmless: an
 * erased employee is not due any more, and a race ends in one node's optimistic-lock failure.
 */
@Singleton
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataService personalData;

    @Inject
    @ConfigProperty(name = "firstshift.privacy.erase-after-days")
    Optional<Integer> eraseAfterDays;

    @Inject
    Clock clock;

    @Inject
    ClusterClaims claims;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        // Every node's timer fires; one node per night does the erasing.
        if (eraseAfterDays.isEmpty() || !claims.claim("retention:" + LocalDate.now(clock))) {
            return;
        }
        eraseAfterDays.ifPresent(days -> {
            for (long id : due(days)) {
                try {
                    personalData.erase(id, "retention: " + days + " days after leaving");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not erase employee " + id + "; next night tries again", e);
                }
            }
        });
    }

    /** Employees whose retention period has passed. */
    public List<Long> due(int days) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT e FROM Employee e WHERE e.active = :active AND e.leftOn IS NOT NULL", Employee.class)
                .setParameter("active", false)
                .getResultStream().filter(e -> e.dueForErasure(today, days)).map(Employee::getId).toList();
    }
}
