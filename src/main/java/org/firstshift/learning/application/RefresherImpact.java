package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.learning.domain.Lesson;
import org.firstshift.standards.application.PublicationImpact;
import org.firstshift.standards.application.PublicationImpacts;
import org.firstshift.standards.domain.StandardDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learning's part of the author's review before publishing a standard: the lessons teaching a
 * changed rule, the programs holding them, and who will get a refresher. The same
 * {@link Refreshers#impactOf} that assigns the refreshers computes it, so the preview cannot disagree.
 */
@ApplicationScoped
public class RefresherImpact implements PublicationImpacts {

    @Inject
    Refreshers refreshers;

    @Override
    public PublicationImpact impactOf(StandardDiff diff, Locale locale) {
        Refreshers.Impact impact = refreshers.impactOf(diff);
        List<PublicationImpact.Item> items = new ArrayList<>();
        for (Refreshers.Affected a : impact.lessons()) {
            Lesson l = a.lesson();
            items.add(new PublicationImpact.Item("lesson", l.getCode(),
                    l.getCourse().getTitle().in(locale) + " · " + l.getTitle().in(locale),
                    "/author/course.xhtml?code=" + l.getCourse().getCode() + "#" + l.getCode(), a.changedRules()));
        }
        impact.programs().forEach(p -> items.add(new PublicationImpact.Item("program", p.getCode(), p.getTitle().in(locale), null, List.of())));
        return new PublicationImpact(items, impact.employeesToRefresh());
    }
}
