package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Exam;
import org.firstshift.exams.domain.ExamQuestion;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.api.NotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exams and their compiled form: the parsed blueprint with the current bank and each question's
 * revision. Compiled once per exam revision and bank generation and then shared, so a whole store
 * starting the exam at once only reads the exam's row and draws from memory.
 */
@ApplicationScoped
public class ExamCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionBank bank;

    @Inject
    Event<BankChanged> changed;

    /** What a start needs, built once. */
    public record Compiled(String code, int revision, long generation, Blueprint blueprint, List<Question> bank,
                           Map<String, Integer> revisions) {
    }

    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public List<Exam> all() {
        return em.createNamedQuery("Exam.all", Exam.class).getResultList();
    }

    public Optional<Exam> byCode(String code) {
        return em.createNamedQuery("Exam.findByCode", Exam.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Exam get(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no exam '" + code + "'"));
    }

    public Compiled compiled(Exam exam) {
        long gen = generation.get();
        Compiled c = compiled.get(exam.getCode());
        if (c != null && c.revision() == exam.getRevision() && c.generation() == gen) {
            return c;
        }
        Blueprint blueprint = BankYaml.storedBlueprint(exam.getCode(), exam.getSource());
        List<ExamQuestion> rows = bank.current();
        Map<String, Integer> revisions = new HashMap<>();
        rows.forEach(r -> revisions.put(r.getCode(), r.getRevision()));
        Compiled fresh = new Compiled(exam.getCode(), exam.getRevision(), gen, blueprint,
                rows.stream().map(bank::parse).toList(), Map.copyOf(revisions));
        compiled.put(exam.getCode(), fresh);
        return fresh;
    }

    public Blueprint blueprint(Exam exam) {
        return compiled(exam).blueprint();
    }

    /** Stores a checked blueprint (needs a surrounding transaction). */
    public Exam store(Blueprint blueprint) {
        String source = BankYaml.dump(BankYaml.toMap(blueprint));
        Optional<Exam> existing = byCode(blueprint.code());
        if (existing.isPresent()) {
            if (existing.get().revise(blueprint, source)) {
                changed.fire(new BankChanged("exam " + blueprint.code()));
            }
            return existing.get();
        }
        Exam exam = new Exam(blueprint, source);
        em.persist(exam);
        return exam;
    }

    /** After a committed change of the bank, every compiled exam is rebuilt on its next use. */
    void bankChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BankChanged event) {
        generation.incrementAndGet();
        compiled.clear();
    }
}
