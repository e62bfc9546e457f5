package org.firstshift.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.Programs;
import org.firstshift.learning.domain.Program;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.reporting.application.LearningReport;
import org.firstshift.reporting.application.LearningReports;
import org.firstshift.reporting.application.OverdueActivity;
import org.firstshift.reporting.application.ReportFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HR's learning view ({@code /hr/learning.xhtml}). The filters are query parameters of a GET
 * form, so a filtered view is a link HR can bookmark or send, the back button works, and the
 * report is computed once per page view (a postback would compute it again only to redirect).
 */
@Named
@RequestScoped
public class LearningView {

    @Inject
    LearningReports reports;

    @Inject
    Organisation organisation;

    @Inject
    Programs programs;

    @Inject
    LanguageChoice language;

    @Inject
    ActivityTypes types;

    private String location;
    private String position;
    private String program;
    private LearningReport report;

    public LearningReport getReport() {
        if (report == null) {
            report = reports.run(filter(), language.getLocale());
        }
        return report;
    }

    /** Where HR sees why an overdue activity is not done, or null when its type has no such page. */
    public String statusLink(OverdueActivity o) {
        String view = types.byKey(o.typeKey()).statusView();
        return view == null ? null : view + "?ref=" + URLEncoder.encode(o.ref(), StandardCharsets.UTF_8)
                + "&employee=" + o.learner().employeeId();
    }

    private ReportFilter filter() {
        return new ReportFilter(location, position, program);
    }

    /** The export of what the page shows, in the page's language. */
    public String download(String format) {
        ReportFilter f = filter();
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/reports/learning?format=").append(format).append("&lang=").append(language.getTag());
        append(url, "location", f.location());
        append(url, "position", f.position());
        append(url, "program", f.program());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<Location> getLocations() {
        return organisation.locations();
    }

    public List<Position> getPositions() {
        return organisation.positions();
    }

    public List<Program> getPrograms() {
        return programs.all();
    }

    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
}
