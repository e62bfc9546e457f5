package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.exams.domain.AttemptStatus;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Draw;
import org.firstshift.exams.domain.DrawnItem;
import org.firstshift.exams.domain.Exam;
import org.firstshift.exams.domain.ExamAnswer;
import org.firstshift.exams.domain.ExamAttempt;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.Scoring;
import org.firstshift.learning.application.Progress;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Taking exams: start (or resume) an attempt, save answers one by one, submit, and close attempts
 * whose deadline passed. The server's clock is the only clock. An attempt belongs to one employee:
 * anyone else asking for it is told it does not exist. Scoring happens once, under a row lock, so
 * the same submit twice (or a submit racing the deadline timer) gives one result and one event.
 */
@ApplicationScoped
public class ExamAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExamCatalog catalog;

    @Inject
    QuestionBank bank;

    @Inject
    Progress progress;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ExamPassed> passedEvent;

    @Inject
    Event<ExamScored> scoredEvent;

    @Inject
    Clock clock;

    private final Random random = new SecureRandom();

    /** An attempt with the answers saved so far. */
    public record Sheet(ExamAttempt attempt, Map<String, ExamAnswer> answers, boolean resumed) {
        public Sheet(ExamAttempt attempt, Map<String, ExamAnswer> answers) {
            this(attempt, answers, true);
        }
    }

    /**
     * Starts an attempt, or resumes the one still open (so a double tap on "start" never burns an
     * attempt). Refused when no attempts are left or the waiting time since the last has not passed.
     */
    @Transactional
    public Sheet start(long employeeId, String examCode) {
        Exam exam = catalog.get(examCode);
        ExamCatalog.Compiled compiled = catalog.compiled(exam);
        Blueprint blueprint = compiled.blueprint();
        Instant now = clock.instant();
        List<ExamAttempt> earlier = attemptsOf(employeeId, examCode);
        for (ExamAttempt a : earlier) {
            if (a.getStatus() == AttemptStatus.OPEN) {
                if (!a.isOverdue(now)) {
                    return sheet(a);
                }
                close(a, true);
            }
        }
        if (earlier.size() >= blueprint.attemptsAllowed()) {
            throw new ExamRefused("attempts", "all " + blueprint.attemptsAllowed() + " attempts of this exam are used");
        }
        Optional<Instant> lastEnd = earlier.stream().map(ExamAttempt::getScoredAt).filter(java.util.Objects::nonNull).max(Instant::compareTo);
        if (lastEnd.isPresent() && now.isBefore(lastEnd.get().plus(blueprint.waitBetween()))) {
            throw new ExamRefused("wait", "the next attempt can start at " + lastEnd.get().plus(blueprint.waitBetween()));
        }
        List<DrawnItem> drawn;
        synchronized (random) {
            drawn = Draw.draw(blueprint, compiled.bank(), compiled.revisions()::get, new Random(random.nextLong()));
        }
        ExamAttempt attempt = new ExamAttempt(employeeId, blueprint, exam.getRevision(), earlier.size() + 1, drawn, now);
        em.persist(attempt);
        progress.started(employeeId, ExamActivity.KEY, examCode);
        return new Sheet(attempt, Map.of(), false);
    }

    /** What a save answers: the answer's revision and the time left, or that the attempt has closed. */
    public record Saved(boolean accepted, String question, long revision, Instant savedAt, ExamAttempt attempt) {
    }

    /**
     * Saves one answer: one small INSERT (first answer to the question) or UPDATE. The same answer
     * again writes nothing and returns the same revision. {@code basedOn}, when given, must be the
     * revision the client last saw, so a stale tab cannot overwrite a newer answer. After the
     * deadline the attempt is scored with what was saved and the answer is refused.
     */
    @Transactional
    public Saved save(long employeeId, long attemptId, String questionCode, List<String> values, Long basedOn) {
        // A shared lock: saves may proceed together, but a submit (exclusive lock) waits for them,
        // so an answer acknowledged before the submit is always in the score.
        ExamAttempt attempt = own(employeeId, attemptId, LockModeType.PESSIMISTIC_READ);
        Instant now = clock.instant();
        if (attempt.isOverdue(now)) {
            close(attempt, true);
            return new Saved(false, questionCode, 0, null, attempt);
        }
        if (attempt.isScored()) {
            return new Saved(false, questionCode, 0, null, attempt);
        }
        DrawnItem item = attempt.drawnItems().stream().filter(i -> i.question().equals(questionCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("question " + questionCode + " is not part of this attempt"));
        Question q = bank.question(item.question(), item.revision());
        List<String> clean = values == null ? List.of() : values;
        q.shapeProblem(clean).ifPresent(p -> {
            throw new InvalidInputException("values", p);
        });
        Optional<ExamAnswer> existing = em.createNamedQuery("ExamAnswer.one", ExamAnswer.class)
                .setParameter("attempt", attemptId).setParameter("question", questionCode).getResultStream().findFirst();
        if (existing.isPresent()) {
            ExamAnswer a = existing.get();
            if (basedOn != null && basedOn != a.getVersion() && !ExamAnswer.encode(clean).equals(ExamAnswer.encode(a.values()))) {
                throw new ExamRefused("revision", "this answer was changed elsewhere (revision " + a.getVersion()
                        + ", you sent " + basedOn + "); reload the exam");
            }
            if (a.change(clean, now)) {
                em.flush(); // the version rises now, so the answer states the revision that was committed
            }
            return new Saved(true, questionCode, a.getVersion(), a.getSavedAt(), attempt);
        }
        ExamAnswer a = new ExamAnswer(attemptId, questionCode, clean, now);
        em.persist(a);
        em.flush();
        return new Saved(true, questionCode, a.getVersion(), a.getSavedAt(), attempt);
    }

    /** Submits: scores once; the same submit again returns the same result and changes nothing. */
    @Transactional
    public Sheet submit(long employeeId, long attemptId) {
        ExamAttempt attempt = own(employeeId, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isScored()) {
            close(attempt, attempt.isOverdue(clock.instant()));
        }
        return sheet(attempt);
    }

    /** The attempt as it stands; one past its deadline is scored now (lazily, on this access). */
    @Transactional
    public Sheet read(long employeeId, long attemptId) {
        ExamAttempt attempt = own(employeeId, attemptId, LockModeType.NONE);
        if (attempt.isOverdue(clock.instant())) {
            em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(attempt);
            if (!attempt.isScored()) {
                close(attempt, true);
            }
        }
        return sheet(attempt);
    }

    /** Scores one overdue attempt (the deadline timer calls this per attempt, each in its own transaction). */
    @Transactional
    public boolean closeIfOverdue(long attemptId) {
        ExamAttempt attempt = em.find(ExamAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.isOverdue(clock.instant())) {
            return false;
        }
        close(attempt, true);
        return true;
    }

    public List<Long> overdue() {
        return em.createNamedQuery("ExamAttempt.overdue", Long.class).setParameter("open", AttemptStatus.OPEN)
                .setParameter("before", clock.instant().minus(ExamAttempt.GRACE)).setMaxResults(500).getResultList();
    }

    private void close(ExamAttempt attempt, boolean byDeadline) {
        Map<String, List<String>> answers = new HashMap<>();
        answersOf(attempt.getId()).forEach((k, v) -> answers.put(k, v.values()));
        Scoring.Result result = Scoring.score(attempt.drawnItems(), answers, i -> bank.question(i.question(), i.revision()));
        Instant now = clock.instant();
        if (!attempt.score(result, now, byDeadline)) {
            return;
        }
        audit.record("ExamAttempt", attempt.getId(), AuditAction.UPDATED, "Exam " + attempt.getExamCode() + " attempt "
                + attempt.getNumber() + " of employee " + attempt.getEmployeeId() + " scored " + attempt.getScorePercent()
                + "% (" + (attempt.isPassed() ? "passed" : "not passed") + ", " + attempt.getStatus() + ")", null, null);
        progress.attempted(attempt.getEmployeeId(), ExamActivity.KEY, attempt.getExamCode(),
                (int) Math.round(attempt.getScorePercent()), attempt.isPassed());
        scoredEvent.fire(new ExamScored(attempt.getEmployeeId(), attempt.getExamCode(), attempt.getId(), attempt.getNumber(),
                attempt.getScorePercent(), attempt.getPassMark(), attempt.isPassed(), byDeadline, attempt.getCorrectCount(),
                attempt.getQuestionCount(), attempt.getStartedAt(), attempt.getScoredAt()));
        if (attempt.isPassed()) {
            passedEvent.fire(new ExamPassed(attempt.getEmployeeId(), attempt.getExamCode(), attempt.getId(),
                    attempt.getScorePercent(), attempt.getCertificationCode(), attempt.getScoredAt()));
        }
    }

    public Map<String, ExamAnswer> answersOf(long attemptId) {
        Map<String, ExamAnswer> map = new HashMap<>();
        em.createNamedQuery("ExamAnswer.ofAttempt", ExamAnswer.class).setParameter("attempt", attemptId)
                .getResultList().forEach(a -> map.put(a.getQuestionCode(), a));
        return map;
    }

    private Sheet sheet(ExamAttempt attempt) {
        return new Sheet(attempt, answersOf(attempt.getId()));
    }

    ExamAttempt own(long employeeId, long attemptId, LockModeType lock) {
        ExamAttempt a = em.find(ExamAttempt.class, attemptId, lock);
        if (a == null || a.getEmployeeId() != employeeId) {
            throw new NotFoundException("no exam attempt " + attemptId);
        }
        return a;
    }

    public List<ExamAttempt> attemptsOf(long employeeId, String examCode) {
        return em.createNamedQuery("ExamAttempt.of", ExamAttempt.class).setParameter("employeeId", employeeId)
                .setParameter("exam", examCode).getResultList();
    }

    public List<ExamAttempt> attemptsOf(long employeeId) {
        return em.createNamedQuery("ExamAttempt.ofEmployee", ExamAttempt.class).setParameter("employeeId", employeeId).getResultList();
    }

    public Question question(DrawnItem item) {
        return bank.question(item.question(), item.revision());
    }
}
