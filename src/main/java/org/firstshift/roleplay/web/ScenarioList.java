package org.firstshift.roleplay.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.roleplay.application.Roleplays;
import org.firstshift.roleplay.application.Scenarios;

import java.util.List;

/** The learner's list of role-plays with their best and last score. */
@Named
@RequestScoped
public class ScenarioList {

    @Inject
    Scenarios scenarios;

    @Inject
    Roleplays roleplays;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    public record Row(String code, String title, String objection, int passMark, Integer best, Integer last) {
    }

    public List<Row> getRows() {
        return scenarios.all().stream().map(s -> {
            var record = user.employeeId().map(id -> roleplays.recordOf(id, s.getCode()));
            return new Row(s.getCode(), s.title(language.getLocale()), s.getObjection(), s.getPassMark(),
                    record.flatMap(r -> r.best()).orElse(null), record.flatMap(r -> r.last()).orElse(null));
        }).toList();
    }
}
