package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.exams.domain.ExamQuestion;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.api.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored question bank. A question revision never changes once stored, so its parsed form is
 * cached for good (keyed by code and revision): scoring and reviews never re-parse per request.
 */
@ApplicationScoped
public class QuestionBank {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<BankChanged> changed;

    private final Map<String, Question> parsed = new ConcurrentHashMap<>();

    public List<ExamQuestion> current() {
        return em.createNamedQuery("ExamQuestion.current", ExamQuestion.class).getResultList();
    }

    public Optional<ExamQuestion> current(String code) {
        return em.createNamedQuery("ExamQuestion.currentByCode", ExamQuestion.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The question as it was at a revision (what an attempt drew). */
    public Question question(String code, int revision) {
        return parsed.computeIfAbsent(code + "@" + revision, key -> {
            ExamQuestion row = em.createNamedQuery("ExamQuestion.revision", ExamQuestion.class)
                    .setParameter("code", code).setParameter("revision", revision).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("no question " + code + " revision " + revision));
            return BankYaml.storedQuestion(code, row.getSource());
        });
    }

    /** The parsed form of a stored row (cached like {@link #question}). */
    public Question parse(ExamQuestion row) {
        return parsed.computeIfAbsent(row.getCode() + "@" + row.getRevision(), key -> BankYaml.storedQuestion(row.getCode(), row.getSource()));
    }

    /**
     * Stores a checked question: a new code is revision 1, a changed one a new revision (the old one
     * retired), the same one changes nothing. Needs a surrounding transaction. Returns the current revision.
     */
    public int store(Question q, String origin) {
        String source = BankYaml.dump(BankYaml.toMap(q));
        Optional<ExamQuestion> existing = current(q.code());
        if (existing.isPresent() && existing.get().getSource().equals(source)) {
            return existing.get().getRevision();
        }
        Integer last = em.createNamedQuery("ExamQuestion.lastRevision", Integer.class).setParameter("code", q.code()).getSingleResult();
        existing.ifPresent(e -> e.retire(clock.instant()));
        em.flush(); // the retired row first, so "current" never sees two
        int revision = last == null ? 1 : last + 1;
        em.persist(new ExamQuestion(q, revision, source, origin, clock.instant()));
        changed.fire(new BankChanged("question " + q.code()));
        return revision;
    }
}
