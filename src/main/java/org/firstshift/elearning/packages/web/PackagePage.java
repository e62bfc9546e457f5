package org.firstshift.elearning.packages.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.elearning.packages.application.PackageActivity;
import org.firstshift.elearning.packages.application.PackageAttempts;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.sequencing.CourseRollup;
import org.firstshift.learning.application.Progress;
import org.firstshift.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The learner's package page: the package's SCOs, each with its raw status values ("why isn't
 * this complete?"), and the player frame that {@code package-player.js} fills on "Open".
 */
@Named
@RequestScoped
public class PackagePage {

    @Inject
    PackageCatalog catalog;

    @Inject
    PackageAttempts attempts;

    @Inject
    Progress progress;

    @Inject
    CurrentUser user;

    /** One launchable item with the latest values behind its status. */
    public record Row(int seq, String activity, String title, boolean attempted, boolean completed, List<Value> values, String refused) {
        public boolean choosable() {
            return refused == null;
        }
    }

    /** One raw data model value (records, because EL cannot read the JDK's Map.Entry classes). */
    public record Value(String element, String value) {
    }

    private String ref;
    private ElearningPackage pkg;
    private final List<Row> rows = new ArrayList<>();
    private boolean sequenced;
    private String suspendedTitle;
    private CourseRollup rollup;

    public void open() {
        pkg = ref == null ? null : catalog.byCode(ref).orElse(null);
        if (pkg == null || user.employeeId().isEmpty()) {
            pkg = null;
            return;
        }
        long me = user.employeeId().get();
        var engine = attempts.sequencing(me, pkg);
        sequenced = engine.isPresent();
        suspendedTitle = engine.flatMap(e -> e.suspendedActivity()).map(a -> a.title()).orElse(null);
        rollup = engine.filter(e -> e.authored()).map(e -> e.courseRollup()).orElse(null);
        for (PackageItem i : catalog.launchable(pkg.getId())) {
            String refused = engine.map(e -> e.choice(i.getIdentifier(), null).refused()).orElse(null);
            PackageAttempt a = attempts.latest(me, pkg.getId(), i.getSeq()).orElse(null);
            if (a == null || !pkg.isScorm()) {
                rows.add(new Row(i.getSeq(), i.getIdentifier(), i.getTitle(), false, false, List.of(), refused));
            } else {
                var model = a.model(pkg.getKind());
                rows.add(new Row(i.getSeq(), i.getIdentifier(), i.getTitle(), true, model.status().completed(),
                        model.explain().stream().map(e -> new Value(e.getKey(), e.getValue())).toList(), refused));
            }
        }
    }

    public boolean isCompleted() {
        return pkg != null && user.employeeId().flatMap(me -> progress.of(me, PackageActivity.KEY, pkg.getCode()))
                .map(p -> p.isCompleted()).orElse(false);
    }

    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public ElearningPackage getPkg() { return pkg; }
    public List<Row> getRows() { return rows; }
    /** The package has a sequencing engine (SCORM 2004, several SCOs): offer start/resume and save-and-leave. */
    public boolean isSequenced() { return sequenced; }
    /** The activity a "save and leave" (suspendAll) left the course in, or null. */
    public String getSuspendedTitle() { return suspendedTitle; }
    /** The course rollup that decides completion (authored sequencing), or null when every part must be done. */
    public CourseRollup getRollup() { return rollup; }
}
