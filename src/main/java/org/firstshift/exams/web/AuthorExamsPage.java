package org.firstshift.exams.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.firstshift.exams.application.ExamAuthoring;
import org.firstshift.exams.application.ExamCatalog;
import org.firstshift.exams.application.QuestionBank;
import org.firstshift.exams.application.QuestionCsv;
import org.firstshift.exams.domain.Blueprint;
import org.firstshift.exams.domain.Exam;
import org.firstshift.exams.domain.ExamQuestion;
import org.firstshift.exams.domain.Question;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.web.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The authors' page: browse the bank with its key, see each blueprint, import CSV or QTI, export QTI. */
@Named
@ViewScoped
public class AuthorExamsPage implements Serializable {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    QuestionBank bank;

    @Inject
    ExamCatalog catalog;

    @Inject
    ExamAuthoring authoring;

    @Inject
    LanguageChoice language;

    private transient Part csvFile;
    private transient Part qtiFile;
    private List<ProblemItem> problems = List.of();

    public record Row(ExamQuestion row, Question question) {
    }

    public record ExamRow(Exam exam, Blueprint blueprint) {
    }

    public List<Row> getQuestions() {
        return bank.current().stream().map(r -> new Row(r, bank.parse(r))).toList();
    }

    public List<ExamRow> getExams() {
        return catalog.all().stream().map(e -> new ExamRow(e, catalog.blueprint(e))).toList();
    }

    public String getCsvColumns() {
        return String.join(",", QuestionCsv.COLUMNS);
    }

    public void uploadCsv() {
        upload(csvFile, true);
    }

    public void uploadQti() {
        upload(qtiFile, false);
    }

    private void upload(Part file, boolean csv) {
        problems = List.of();
        Messages m = Messages.of("exams", language.getLocale());
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_BYTES) {
            FacesMessages.error(m.get("author.noFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            String name = file.getSubmittedFileName() == null ? (csv ? "questions.csv" : "package.zip") : file.getSubmittedFileName();
            ExamAuthoring.Imported result = csv ? authoring.importCsv(name, new String(bytes, StandardCharsets.UTF_8))
                    : authoring.importQti(name, bytes);
            FacesMessages.info(m.get("author.imported", result.questions(), result.changed(), result.exams()));
        } catch (InvalidInputException e) {
            problems = e.problems();
            FacesMessages.error(e.getMessage());
        } catch (IOException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public Part getCsvFile() { return csvFile; }
    public void setCsvFile(Part csvFile) { this.csvFile = csvFile; }
    public Part getQtiFile() { return qtiFile; }
    public void setQtiFile(Part qtiFile) { this.qtiFile = qtiFile; }
    public List<ProblemItem> getProblems() { return problems; }
}
