package org.firstshift.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.firstshift.people.application.EmployeeCsvImport;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.web.FacesMessages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV import of employees: upload, then either "n imported" or the table of problems (nothing written). */
@Named
@ViewScoped
public class EmployeeImportPage implements Serializable {
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    EmployeeCsvImport importer;

    @Inject
    LanguageChoice language;

    private transient Part file;
    private List<ProblemItem> problems = List.of();
    private List<String> imported = List.of();

    public void upload() {
        problems = List.of();
        imported = List.of();
        Messages m = Messages.of("people", language.getLocale());
        if (file == null || file.getSize() == 0) {
            FacesMessages.error(m.get("import.noFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.error(m.get("import.tooLarge"));
            return;
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            EmployeeCsvImport.ImportResult result = importer.importCsv(reader);
            imported = result.personnelNumbers();
            FacesMessages.info(m.get("import.done", result.imported()));
        } catch (InvalidInputException e) {
            problems = e.problems();
            FacesMessages.error(m.get("import.refused", problems.size()));
        } catch (IOException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public String getColumns() {
        return String.join(", ", EmployeeCsvImport.REQUIRED) + " (+ " + String.join(", ", EmployeeCsvImport.OPTIONAL) + ")";
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<ProblemItem> getProblems() { return problems; }
    public List<String> getImported() { return imported; }
}
