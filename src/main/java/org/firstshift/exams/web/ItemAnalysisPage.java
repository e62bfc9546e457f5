package org.firstshift.exams.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.exams.application.ExamAuthoring;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.application.QuestionBank;
import org.firstshift.exams.domain.ItemAnalysis;

import java.util.List;
import java.util.stream.Collectors;

/** Item analysis of one exam for authors. */
@Named
@RequestScoped
public class ItemAnalysisPage {

    @Inject
    ExamAuthoring authoring;

    @Inject
    ExamCatalog catalog;

    @Inject
    QuestionBank bank;

    private String id;
    private List<ItemAnalysis.Item> items = List.of();
    private int attempts;
    private String title;

    public void open() {
        if (id == null || catalog.byCode(id).isEmpty()) {
            return;
        }
        title = catalog.get(id).getTitleEn();
        items = authoring.analysis(id);
        attempts = authoring.scoredAttempts(id);
    }

    public String text(String question) {
        return bank.current(question).map(q -> q.getTextEn()).orElse(question);
    }

    public String choices(ItemAnalysis.Item item) {
        return item.choices().entrySet().stream().filter(e -> e.getValue() > 0 || !e.getKey().isEmpty())
                .map(e -> (e.getKey().isEmpty() ? "—" : e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public List<ItemAnalysis.Item> getItems() { return items; }
    public int getAttempts() { return attempts; }
    public String getTitle() { return title; }
}
