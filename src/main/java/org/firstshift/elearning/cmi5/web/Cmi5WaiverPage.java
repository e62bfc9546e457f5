package org.firstshift.elearning.cmi5.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.elearning.cmi5.application.Cmi5Launches;
import org.firstshift.elearning.cmi5.application.Cmi5Waivers;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.cmi5.domain.Cmi5Waiver;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * HR waives a cmi5 AU for one learner ({@code /hr/cmi5-waivers.xhtml?ref=&employee=}), the page
 * behind {@code POST /api/cmi5-waivers}: a learner who has shown the skill elsewhere ("Tested Out",
 * "Equivalent Outside Activity"...) is not sent through the AU again. Under {@code /hr/}, which only
 * HR and ADMIN may open; the waiver itself is {@link Cmi5Waivers#waive}, audited and final.
 */
@Named
@ViewScoped
public class Cmi5WaiverPage implements Serializable {

    @Inject
    PackageCatalog catalog;

    @Inject
    Cmi5Launches launches;

    @Inject
    Cmi5Waivers waivers;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private String ref;
    private Long employee;
    private String courseTitle;
    private String learnerName;
    private final List<Part> parts = new ArrayList<>();
    private Integer au;
    private String reason;
    private String comment;

    /** One AU as the page shows it: waived (by whom, why) or open to a waiver. */
    public static final class Part implements Serializable {
        private final int seq;
        private final String title;
        private final String waiver;

        Part(int seq, String title, String waiver) {
            this.seq = seq;
            this.title = title;
            this.waiver = waiver;
        }

        public int getSeq() { return seq; }
        public String getTitle() { return title; }
        /** "Tested Out, by hr on 2026-12-03", or null while not waived. */
        public String getWaiver() { return waiver; }
    }

    public void open() {
        parts.clear();
        ElearningPackage pkg = ref == null ? null : catalog.byCode(ref).filter(p -> p.getKind() == PackageKind.CMI5).orElse(null);
        Employee person = employee == null ? null : people.find(employee).orElse(null);
        courseTitle = pkg == null ? null : pkg.getTitle();
        learnerName = person == null ? null : person.getFullName();
        if (pkg == null || person == null) {
            return;
        }
        List<Cmi5Waiver> given = launches.waivers(person.getId(), pkg.getCode());
        for (PackageItem i : launches.aus(pkg)) {
            String waiver = given.stream().filter(w -> w.getAuSeq() == i.getSeq()).findFirst()
                    .map(w -> w.getReason() + ", " + w.getWaivedBy() + ", " + w.getWaivedAt().toString().substring(0, 10)).orElse(null);
            parts.add(new Part(i.getSeq(), i.getTitle(), waiver));
        }
    }

    public void waive() {
        Messages m = Messages.of("packages", language.getLocale());
        if (au == null || reason == null || reason.isBlank()) {
            FacesMessages.error(m.get("waiver.choose"));
            return;
        }
        Integer part = au;
        if (FacesMessages.attempt(() -> waivers.waive(employee, ref, part, reason, comment, user.getUsername()))) {
            FacesMessages.info(m.get("waiver.done", parts.stream().filter(p -> p.seq == part).map(Part::getTitle).findFirst().orElse("")));
            au = null;
            reason = null;
            comment = null;
            open();
        }
    }

    public boolean isFound() { return courseTitle != null && learnerName != null; }
    public List<String> getReasons() { return Cmi5Statements.WAIVE_REASONS; }
    public List<Part> getOpenParts() { return parts.stream().filter(p -> p.waiver == null).toList(); }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public Long getEmployee() { return employee; }
    public void setEmployee(Long employee) { this.employee = employee; }
    public String getCourseTitle() { return courseTitle; }
    public String getLearnerName() { return learnerName; }
    public List<Part> getParts() { return parts; }
    public Integer getAu() { return au; }
    public void setAu(Integer au) { this.au = au; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
