package org.firstshift.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.MyLearning;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;

import java.util.Optional;

/** The learner's home: the next step first, then each program with per-activity progress. */
@Named
@RequestScoped
public class LearnerHome {

    @Inject
    CurrentUser user;

    @Inject
    MyLearning learning;

    @Inject
    ActivityTypes types;

    @Inject
    LanguageChoice language;

    @Inject
    org.firstshift.learning.application.Assignments assignments;

    @Inject
    java.time.Clock clock;

    private MyLearning.Overview overview;
    private java.util.List<org.firstshift.learning.domain.Assignment> assigned;

    /** Activities assigned outside programs (e.g. after an audit), open ones first. */
    public java.util.List<org.firstshift.learning.domain.Assignment> getAssignments() {
        if (assigned == null) {
            assigned = user.employeeId().map(id -> assignments.of(id).stream()
                    .sorted(java.util.Comparator.comparing(org.firstshift.learning.domain.Assignment::isDone))
                    .toList()).orElse(java.util.List.of());
        }
        return assigned;
    }

    public boolean overdue(org.firstshift.learning.domain.Assignment a) {
        return a.overdue(java.time.LocalDate.now(clock));
    }

    public String title(org.firstshift.learning.domain.Assignment a) {
        return types.byKey(a.getTypeKey()).title(a.getRef(), language.getLocale());
    }

    public String link(org.firstshift.learning.domain.Assignment a) {
        return types.byKey(a.getTypeKey()).learnerView() + "?ref=" + a.getRef();
    }

    public MyLearning.Overview getOverview() {
        if (overview == null && user.employeeId().isPresent()) {
            overview = learning.of(user.employeeId().get());
        }
        return overview;
    }

    public java.util.List<ProgramPlan> getPlans() {
        return getOverview() == null ? java.util.List.of() : getOverview().plans();
    }

    public boolean isEnrolled() {
        return getOverview() != null && !getOverview().plans().isEmpty();
    }

    public MyLearning.NextStep getNext() {
        return getOverview() == null ? null : getOverview().next().orElse(null);
    }

    public String title(ProgramPlan.Step step) {
        return types.byKey(step.activity().getTypeKey()).title(step.activity().getRef(), language.getLocale());
    }

    public String link(ProgramPlan.Step step) {
        return types.byKey(step.activity().getTypeKey()).learnerView() + "?ref=" + step.activity().getRef();
    }

    public String lessonTitle(String lessonCode) {
        return types.byKey("lesson").title(lessonCode, language.getLocale());
    }

    public Optional<MyLearning.Overview> overview() {
        return Optional.ofNullable(getOverview());
    }
}
