package org.firstshift.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.platform.api.NotFoundException;

import java.time.Clock;
import java.util.List;

/**
 * Every employee's inbox. Requests are observed synchronously, inside the transaction that caused
 * them, so a notice exists exactly when its cause was committed.
 */
@ApplicationScoped
public class Inbox {
    static final int SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRED)
    void deliver(@Observes NoticeRequested request) {
        if (request.dedupKey() != null && !em.createNamedQuery("Notice.findByDedupKey", Notice.class)
                .setParameter("recipient", request.recipientEmployeeId()).setParameter("dedupKey", request.dedupKey())
                .getResultList().isEmpty()) {
            return;
        }
        em.persist(new Notice(request, clock.instant()));
    }

    /** The newest notices first, at most {@value #SHOWN}. */
    public List<Notice> of(long employeeId) {
        return em.createNamedQuery("Notice.ofRecipient", Notice.class).setParameter("recipient", employeeId)
                .setMaxResults(SHOWN).getResultList();
    }

    public long unread(long employeeId) {
        return em.createNamedQuery("Notice.countUnread", Long.class).setParameter("recipient", employeeId)
                .getSingleResult();
    }

    /** Marks one of the employee's own notices read; someone else's notice is "not found". */
    @Transactional
    public void markRead(long employeeId, long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null || notice.getRecipientId() != employeeId) {
            throw new NotFoundException("no notice " + noticeId);
        }
        notice.markRead(clock.instant());
    }

    @Transactional
    public void markAllRead(long employeeId) {
        of(employeeId).forEach(n -> n.markRead(clock.instant()));
    }
}
