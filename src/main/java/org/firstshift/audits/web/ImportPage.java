package org.firstshift.audits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.firstshift.audits.application.AgencyImport;
import org.firstshift.audits.application.Agencies;
import org.firstshift.audits.domain.Agency;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.security.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The auditor's import page: pick the agency and the file, check (preview and report), then import. */
@Named
@RequestScoped
public class ImportPage {

    @Inject
    Agencies agencies;

    @Inject
    AgencyImport agencyImport;

    @Inject
    CurrentUser user;

    private String agency;
    private Part file;
    private AgencyImport.Report report;
    private List<ProblemItem> problems = List.of();

    public List<Agency> getAgencies() {
        return agencies.all();
    }

    public String check() {
        return handle(false);
    }

    public String importFile() {
        return handle(true);
    }

    private String handle(boolean write) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || file.getSize() == 0 || agency == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle("import.chooseFile"), null));
            return null;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("fs-agency-", ".upload");
            try (InputStream in = file.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            String name = file.getSubmittedFileName() == null ? "upload" : Path.of(file.getSubmittedFileName()).getFileName().toString();
            report = write ? agencyImport.run(agency, temp, name, user) : agencyImport.check(agency, temp, name, user);
            problems = report.problems();
            if (write) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        bundle("import.done").replace("{0}", String.valueOf(report.imported())), null));
            }
        } catch (InvalidInputException e) {
            problems = e.problems();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle("import.refused"), null));
        } catch (IOException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
        return null;
    }

    private static String bundle(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "au").getString(key);
    }

    public String join(List<String> values) {
        return String.join(", ", values);
    }

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public AgencyImport.Report getReport() { return report; }
    public List<ProblemItem> getProblems() { return problems; }
}
