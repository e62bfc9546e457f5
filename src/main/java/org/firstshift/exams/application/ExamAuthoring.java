package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.exams.domain.AttemptStatus;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.DrawnItem;
import org.firstshift.exams.domain.Exam;
import org.firstshift.exams.domain.ExamAnswer;
import org.firstshift.exams.domain.ExamAttempt;
import org.firstshift.exams.domain.ExamQuestion;
import org.firstshift.exams.domain.ItemAnalysis;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.standards.application.Standards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What authors do with the bank: import questions (CSV) and whole packages (QTI), export QTI, and
 * read the item analysis. Imports are checked completely first and stored in one transaction, so
 * a file with one bad row stores nothing.
 */
@ApplicationScoped
public class ExamAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionBank bank;

    @Inject
    ExamCatalog catalog;

    @Inject
    Standards standards;

    @Inject
    AuditTrail audit;

    public record Imported(int questions, int changed, List<String> exams) {
    }

    @Transactional
    public Imported importCsv(String file, String text) {
        QuestionCsv.Read read = QuestionCsv.read(file, text);
        List<ProblemItem> problems = new ArrayList<>(read.problems());
        checkRules(file, read.questions(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The questions in " + file + " have problems; nothing was imported.", problems);
        }
        return store(read.questions(), List.of(), "csv", file);
    }

    @Transactional
    public Imported importQti(String file, byte[] zip) {
        QtiPackage.Contents c = QtiPackage.read(zip);
        List<ProblemItem> problems = new ArrayList<>(c.problems());
        checkRules(file, c.questions(), problems);
        if (problems.isEmpty()) {
            Set<String> imported = c.questions().stream().map(Question::code).collect(Collectors.toSet());
            List<Question> pool = new ArrayList<>(c.questions());
            bank.current().stream().filter(r -> !imported.contains(r.getCode())).map(bank::parse).forEach(pool::add);
            for (Blueprint b : c.exams()) {
                b.problems(pool).forEach(p -> problems.add(ProblemItem.at(file, 1, null, "test '" + b.code() + "': " + p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The QTI package " + file + " has problems; nothing was imported.", problems);
        }
        return store(c.questions(), c.exams(), "qti", file);
    }

    private void checkRules(String file, List<Question> questions, List<ProblemItem> problems) {
        for (Question q : questions) {
            for (String rule : q.rules()) {
                if (!standards.isPublishedRule(rule)) {
                    problems.add(ProblemItem.at(file, 1, "rules", "question '" + q.code() + "': unknown rule id '" + rule + "' (not in the standard)"));
                }
            }
        }
    }

    private Imported store(List<Question> questions, List<Blueprint> exams, String origin, String file) {
        int changed = 0;
        for (Question q : questions) {
            int before = bank.current(q.code()).map(ExamQuestion::getRevision).orElse(0);
            if (bank.store(q, origin) != before) {
                changed++;
            }
        }
        List<String> codes = new ArrayList<>();
        for (Blueprint b : exams) {
            catalog.store(b);
            codes.add(b.code());
        }
        audit.record("ExamBank", file, AuditAction.IMPORTED, "Imported " + questions.size() + " questions (" + changed
                + " new or changed) and exams " + codes + " from " + file + " (" + origin + ")", null, null);
        return new Imported(questions.size(), changed, codes);
    }

    /** The exam's blueprint and the bank questions each section may draw, as a QTI package. */
    public byte[] exportQti(String examCode) {
        Exam exam = catalog.get(examCode);
        ExamCatalog.Compiled c = catalog.compiled(exam);
        Map<String, List<String>> sectionItems = new LinkedHashMap<>();
        List<Question> used = new ArrayList<>();
        for (Blueprint.Section s : c.blueprint().sections()) {
            List<Question> fit = c.bank().stream().filter(s::admits).toList();
            sectionItems.put(s.code(), fit.stream().map(Question::code).toList());
            fit.stream().filter(q -> !used.contains(q)).forEach(used::add);
        }
        return QtiPackage.write(used, List.of(c.blueprint()), sectionItems);
    }

    public byte[] exportBank() {
        return QtiPackage.write(bank.current().stream().map(bank::parse).toList(), List.of(), Map.of());
    }

    /** Item analysis over every scored attempt of the exam (answers read in chunks, not per attempt). */
    public List<ItemAnalysis.Item> analysis(String examCode) {
        catalog.get(examCode);
        List<ExamAttempt> attempts = em.createNamedQuery("ExamAttempt.scoredOfExam", ExamAttempt.class)
                .setParameter("exam", examCode).setParameter("open", AttemptStatus.OPEN).getResultList();
        Map<Long, Map<String, List<String>>> answers = new HashMap<>();
        List<Long> ids = attempts.stream().map(ExamAttempt::getId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (ExamAnswer a : em.createNamedQuery("ExamAnswer.ofAttempts", ExamAnswer.class)
                    .setParameter("attempts", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()) {
                answers.computeIfAbsent(a.getAttemptId(), k -> new HashMap<>()).put(a.getQuestionCode(), a.values());
            }
        }
        Map<String, Question> questions = new HashMap<>();
        List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
        for (ExamAttempt a : attempts) {
            Map<String, ItemAnalysis.Response> responses = new LinkedHashMap<>();
            for (DrawnItem item : a.drawnItems()) {
                Question q = bank.question(item.question(), item.revision());
                questions.putIfAbsent(q.code(), q);
                List<String> given = answers.getOrDefault(a.getId(), Map.of()).getOrDefault(item.question(), List.of());
                responses.put(item.question(), new ItemAnalysis.Response(q.isCorrect(given), given));
            }
            sittings.add(new ItemAnalysis.Sitting(a.getCorrectCount(), responses));
        }
        return ItemAnalysis.analyse(sittings, questions);
    }

    public int scoredAttempts(String examCode) {
        return em.createNamedQuery("ExamAttempt.scoredOfExam", ExamAttempt.class)
                .setParameter("exam", examCode).setParameter("open", AttemptStatus.OPEN).getResultList().size();
    }
}
