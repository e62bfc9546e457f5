package org.firstshift.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.privacy.PersonalData;

import java.util.Map;

/** The inbox: exported as read, deleted on erasure (notices are not needed for any report). */
@ApplicationScoped
public class NoticesPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "notices";
    }

    @Override
    public Object export(long employeeId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.recipientId = :recipient ORDER BY n.createdAt", Notice.class)
                .setParameter("recipient", employeeId).getResultStream()
                .map(n -> Map.of("createdAt", n.getCreatedAt().toString(), "text", n.text(Languages.ENGLISH),
                        "read", n.isRead()))
                .toList();
    }

    @Override
    public String erase(long employeeId) {
        int removed = em.createQuery("DELETE FROM Notice n WHERE n.recipientId = :recipient")
                .setParameter("recipient", employeeId).executeUpdate();
        return removed + " notice(s) deleted";
    }
}
