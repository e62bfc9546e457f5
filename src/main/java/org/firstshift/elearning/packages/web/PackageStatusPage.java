package org.firstshift.elearning.packages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.elearning.packages.application.PackageAttempts;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.sequencing.CourseRollup;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.util.ArrayList;
import java.util.List;

/**
 * "Why isn't this complete?" for HR and admins ({@code /hr/package-status.xhtml?ref=&employee=}):
 * the raw values behind one employee's result on each part of a package, and for a sequenced
 * SCORM 2004 course the rolled-up course status that decided it. The page sits under
 * {@code /hr/}, which only HR and ADMIN may open.
 */
@Named
@RequestScoped
public class PackageStatusPage {

    @Inject
    PackageCatalog catalog;

    @Inject
    PackageAttempts attempts;

    @Inject
    People people;

    private String ref;
    private Long employee;
    private ElearningPackage pkg;
    private Employee person;
    private final List<PackagePage.Row> rows = new ArrayList<>();
    private CourseRollup rollup;

    public void open() {
        pkg = ref == null ? null : catalog.byCode(ref).orElse(null);
        person = employee == null ? null : people.find(employee).orElse(null);
        if (pkg == null || person == null) {
            return;
        }
        // A sequenced SCORM 2004 course is decided by its rollup, not by the parts one by one: show it.
        rollup = attempts.courseRollup(person.getId(), pkg).orElse(null);
        for (PackageItem i : catalog.launchable(pkg.getId())) {
            PackageAttempt a = attempts.latest(person.getId(), pkg.getId(), i.getSeq()).orElse(null);
            if (a == null || !pkg.isScorm()) {
                rows.add(new PackagePage.Row(i.getSeq(), i.getIdentifier(), i.getTitle(), false, false, List.of(), null));
            } else {
                var model = a.model(pkg.getKind());
                rows.add(new PackagePage.Row(i.getSeq(), i.getIdentifier(), i.getTitle(), true, model.status().completed(),
                        model.explain().stream().map(e -> new PackagePage.Value(e.getKey(), e.getValue())).toList(), null));
            }
        }
    }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public Long getEmployee() { return employee; }
    public void setEmployee(Long employee) { this.employee = employee; }
    public ElearningPackage getPkg() { return pkg; }
    public Employee getPerson() { return person; }
    public List<PackagePage.Row> getRows() { return rows; }
    /** The course rollup that decides completion (sequenced SCORM 2004), or null when every part must be done. */
    public CourseRollup getRollup() { return rollup; }
}
