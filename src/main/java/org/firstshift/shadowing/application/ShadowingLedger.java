package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.shadowing.domain.HashChain;
import org.firstshift.shadowing.domain.RecordContent;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.SignOffPhoto;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The only writer of shadowing records, and it only appends: each new record takes the next
 * position in the trainee's chain and the hash over the previous record's hash and its own content.
 * Every append is also written to the audit trail (entity id {@code <trainee>#<seq>}), an
 * independent witness that lets verification notice records removed from the end of a chain.
 */
@ApplicationScoped
public class ShadowingLedger {
    static final String AUDIT_TYPE = "ShadowingRecord";
    private static final Logger LOG = Logger.getLogger(ShadowingLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ShadowingRecord> chainOf(long traineeId) {
        return em.createNamedQuery("ShadowingRecord.chainOf", ShadowingRecord.class)
                .setParameter("traineeId", traineeId).getResultList();
    }

    /**
     * The contents of a trainee's chain for computing progress. A row that no longer makes a valid
     * record (tampered with) is left out here and reported by verification.
     */
    public List<RecordContent> contentsOf(long traineeId) {
        return contentsOf(chainOf(traineeId));
    }

    public List<RecordContent> contentsOf(List<ShadowingRecord> chain) {
        List<RecordContent> contents = new ArrayList<>();
        for (ShadowingRecord r : chain) {
            try {
                contents.add(r.content());
            } catch (IllegalArgumentException malformed) {
                LOG.warning(() -> "Shadowing record " + r.getId() + " is malformed and ignored: " + malformed.getMessage());
            }
        }
        return contents;
    }

    public Optional<ShadowingRecord> byClientId(String clientId) {
        return em.createNamedQuery("ShadowingRecord.byClientId", ShadowingRecord.class)
                .setParameter("clientId", clientId).getResultStream().findFirst();
    }

    public Optional<ShadowingRecord> find(long recordId) {
        return Optional.ofNullable(em.find(ShadowingRecord.class, recordId));
    }

    public Optional<SignOffPhoto> photo(long photoId) {
        return Optional.ofNullable(em.find(SignOffPhoto.class, photoId));
    }

    /** Every trainee who has a chain. */
    public List<Long> trainees() {
        return em.createNamedQuery("ShadowingRecord.trainees", Long.class).getResultList();
    }

    /** Sign-offs and corrections written since a moment (epoch milliseconds), for the dashboards. */
    public List<ShadowingRecord> observationsSince(long sinceMillis) {
        return em.createNamedQuery("ShadowingRecord.observationsSince", ShadowingRecord.class)
                .setParameter("confirmation", "CONFIRMATION").setParameter("since", sinceMillis).getResultList();
    }

    /**
     * Appends a record (and its photo) to the trainee's chain. Two writers racing for the same
     * position make the database refuse one of them (unique trainee and seq); callers retry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ShadowingRecord append(RecordDraft draft, byte[] photoBytes, String summary) {
        Optional<ShadowingRecord> last = em.createNamedQuery("ShadowingRecord.lastOf", ShadowingRecord.class)
                .setParameter("traineeId", draft.traineeId()).setMaxResults(1).getResultStream().findFirst();
        SignOffPhoto photo = null;
        if (photoBytes != null) {
            photo = new SignOffPhoto(photoBytes, clock.instant());
            em.persist(photo);
            em.flush(); // the record refers to the photo by id only, so EclipseLink cannot order the inserts itself
        }
        int seq = last.map(r -> r.getSeq() + 1).orElse(1);
        String previousHash = last.map(ShadowingRecord::getHash).orElse(HashChain.GENESIS);
        RecordContent content = draft.at(seq, photo == null ? null : photo.getSha256(), clock.millis());
        ShadowingRecord record = new ShadowingRecord(HashChain.link(content, previousHash), photo == null ? null : photo.getId());
        em.persist(record);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("record_id", record.getId());
        after.put("kind", content.kind().name());
        after.put("task", content.taskCode());
        after.put("rating", content.rating() == null ? null : content.rating().name());
        after.put("refers_to_seq", content.refersToSeq());
        after.put("hash", record.getHash());
        audit.record(AUDIT_TYPE, draft.traineeId() + "#" + seq, AuditAction.CREATED, summary, null, after);
        return record;
    }
}
