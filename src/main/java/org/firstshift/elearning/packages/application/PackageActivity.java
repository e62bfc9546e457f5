package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.activity.ActivityFeature;
import org.firstshift.platform.activity.ActivityType;
import org.firstshift.platform.content.ContentContext;

import java.util.Locale;
import java.util.Set;

/**
 * An imported package as an activity in programs (ref = the package's code). Completed when every
 * SCO of it is completed (or passed) and none failed; the score is the mean of the SCOs' scores.
 * A SCORM 2004 package with authored sequencing is completed by its course rollup instead (see
 * {@link PackageAttempts#report}).
 */
@ApplicationScoped
public class PackageActivity implements ActivityType {
    public static final String KEY = "package";

    @Inject
    PackageCatalog catalog;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Set<ActivityFeature> features() {
        return Set.of(ActivityFeature.GRADED, ActivityFeature.TRACKS_COMPLETION);
    }

    @Override
    public String nameKey() {
        return "activity.package";
    }

    @Override
    public String learnerView() {
        return "/learner/package.xhtml";
    }

    @Override
    public String statusView() {
        return "/hr/package-status.xhtml";
    }

    @Override
    public String title(String ref, Locale locale) {
        return catalog.byCode(ref).map(p -> p.getTitle()).orElse(ref);
    }

    @Override
    public boolean knows(String ref, ContentContext content) {
        return content.isDeclared(KEY, ref) || catalog.byCode(ref).isPresent();
    }
}
