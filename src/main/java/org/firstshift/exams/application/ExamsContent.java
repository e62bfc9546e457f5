package org.firstshift.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.application.StandardsContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code exams/*.yaml}: bank questions ({@code questions:}) and optionally an exam blueprint
 * ({@code exam:}) per file. Every question is checked (shape, answer key, rule ids that exist in
 * the standard) and every section of the blueprint must be drawable from the questions of the
 * file and the stored bank, before anything loads.
 */
@ApplicationScoped
public class ExamsContent implements ContentSection {
    public static final String QUESTION = "exam-question";
    public static final String EXAM = "exam";

    @Inject
    Standards standards;

    @Inject
    QuestionBank bank;

    @Inject
    ExamCatalog catalog;

    @Override
    public String file() {
        return "exams/";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("questions", "exam");
        List<Question> questions = new ArrayList<>();
        for (YamlMap m : root.maps("questions")) {
            Question q = BankYaml.question(m);
            if (!q.code().isEmpty() && !context.declare(QUESTION, q.code())) {
                m.problem("id", "question '" + q.code() + "' is defined twice");
            }
            for (String rule : q.rules()) {
                if (!context.isDeclared(StandardsContent.RULE, rule) && !standards.isPublishedRule(rule)) {
                    m.problem("rules", "unknown rule id '" + rule + "' (not in the standard)");
                }
            }
            questions.add(q);
        }
        root.optionalMap("exam").ifPresent(e -> {
            Blueprint b = BankYaml.blueprint(e);
            if (!b.code().isEmpty() && !context.declare(EXAM, b.code())) {
                e.problem("code", "exam '" + b.code() + "' is defined twice");
            }
            Set<String> here = questions.stream().map(Question::code).collect(Collectors.toSet());
            List<Question> pool = new ArrayList<>(questions);
            bank.current().stream().filter(r -> !here.contains(r.getCode())).map(bank::parse).forEach(pool::add);
            b.problems(pool).forEach(p -> e.problem("exam '" + b.code() + "': " + p));
        });
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        for (YamlMap m : root.maps("questions")) {
            bank.store(BankYaml.question(m), "content");
        }
        root.optionalMap("exam").ifPresent(e -> catalog.store(BankYaml.blueprint(e)));
    }
}
