package org.firstshift.shadowing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.shadowing.application.MentorDay;
import org.firstshift.shadowing.application.ShadowingProgress;
import org.firstshift.shadowing.domain.ShadowShift;

import java.util.List;

/**
 * The mentor's sign-off page on the floor: today's trainees, their open tasks and what waits for
 * their confirmation. The page only renders; ratings are queued on the phone and sent to
 * {@code POST /api/shadowing/signoffs} by the page's script, so a weak signal loses nothing.
 */
@Named
@RequestScoped
public class SignOffPage {

    @Inject
    CurrentUser user;

    @Inject
    ShadowingProgress progress;

    @Inject
    Organisation organisation;

    @Inject
    LanguageChoice language;

    private List<MentorDay> days;

    public List<MentorDay> getDays() {
        if (days == null) {
            days = user.employeeId().map(progress::todayFor).orElse(List.of());
        }
        return days;
    }

    public String store(ShadowShift shift) {
        return organisation.location(shift.getLocationCode()).map(l -> l.getName().in(language.getLocale()))
                .orElse(shift.getLocationCode());
    }

    public String rules(List<String> codes) {
        return String.join(" · ", codes);
    }
}
