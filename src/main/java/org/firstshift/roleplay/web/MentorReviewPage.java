package org.firstshift.roleplay.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.roleplay.application.MentorReviews;
import org.firstshift.roleplay.application.Scenarios;
import org.firstshift.roleplay.domain.FreeTextAnswer;
import org.firstshift.standards.application.Standards;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The mentor rates trainees' own-words answers rule by rule and sees which objections they struggle with. */
@Named
@ViewScoped
public class MentorReviewPage implements Serializable {

    @Inject
    MentorReviews reviews;

    @Inject
    Mentoring mentoring;

    @Inject
    People people;

    @Inject
    Scenarios scenarios;

    @Inject
    Standards standards;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    /** Per answer id, the rules ticked as kept; per answer id, the comment. */
    private final Map<Long, Object> kept = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public record Pending(FreeTextAnswer answer, String trainee, String scenario, List<RuleLine> rules) {
    }

    public record RuleLine(String id, String statement) {
    }

    public record Struggle(String trainee, Map<String, Integer> byObjection) {
    }

    public List<Pending> getPending() {
        List<Pending> rows = new ArrayList<>();
        for (FreeTextAnswer a : user.employeeId().map(reviews::pendingFor).orElse(List.of())) {
            rows.add(new Pending(a, people.find(a.getEmployeeId()).map(Employee::getFullName).orElse("?"),
                    scenarios.byCode(a.getScenarioCode()).map(s -> s.title(language.getLocale())).orElse(a.getScenarioCode()),
                    a.getRules().stream().map(r -> new RuleLine(r, standards.publishedRule(r)
                            .map(x -> x.getStatement().in(language.getLocale())).orElse(r))).toList()));
        }
        return rows;
    }

    public List<Struggle> getStruggles() {
        return user.employeeId().map(me -> mentoring.traineesOf(me, LocalDate.now()).stream()
                .map(t -> new Struggle(t.getFullName(), reviews.struggles(t.getId()))).toList()).orElse(List.of());
    }

    public void review(long answerId) {
        if (FacesMessages.attempt(() -> reviews.review(user.employeeId().orElseThrow(), answerId,
                ticked(kept.get(answerId)), comments.get(answerId)))) {
            FacesMessages.info("✓");
        }
    }

    /** Faces fills a many-select bound to a map entry with an array (the element type is erased). */
    static java.util.Set<String> ticked(Object value) {
        java.util.Set<String> rules = new HashSet<>();
        if (value instanceof Object[] array) {
            for (Object o : array) {
                rules.add(String.valueOf(o));
            }
        } else if (value instanceof java.util.Collection<?> c) {
            c.forEach(o -> rules.add(String.valueOf(o)));
        }
        return rules;
    }

    public Map<Long, Object> getKept() { return kept; }
    public Map<Long, String> getComments() { return comments; }
}
