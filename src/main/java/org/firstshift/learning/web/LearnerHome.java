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

    private MyLearning.Overview overview;

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
