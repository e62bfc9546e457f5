package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.learning.domain.ActivitySlot;
import org.firstshift.learning.domain.Audience;
import org.firstshift.learning.domain.Program;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.OrganisationContent;
import org.firstshift.platform.activity.ActivityType;
import org.firstshift.platform.activity.ActivityTypes;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.StandardsContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code programs.yaml}: onboarding programs with their audience and ordered activities. After
 * loading, every employee's enrolments are re-evaluated.
 */
@ApplicationScoped
public class ProgramsContent implements ContentSection {

    @Inject
    Programs programs;

    @Inject
    Enrolments enrolments;

    @Inject
    Organisation organisation;

    @Inject
    ActivityTypes activityTypes;

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "programs.yaml";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("programs");
        for (YamlMap p : root.maps("programs")) {
            p.allowOnly("id", "title", "summary", "audience", "activities", "status");
            String id = p.text("id");
            if (!id.isEmpty() && !context.declare("program", id)) {
                p.problem("id", "program '" + id + "' is defined twice");
            }
            StandardsContent.text(p, "title", true);
            p.optionalMap("audience").ifPresent(a -> {
                a.allowOnly("positions", "locations");
                a.texts("positions").stream().filter(c -> !context.isDeclared(OrganisationContent.POSITION, c) && organisation.position(c).isEmpty())
                        .forEach(c -> a.problem("positions", "unknown position '" + c + "'"));
                a.texts("locations").stream().filter(c -> !context.isDeclared(OrganisationContent.LOCATION, c) && organisation.location(c).isEmpty())
                        .forEach(c -> a.problem("locations", "unknown location '" + c + "'"));
            });
            List<ActivitySlot> slots = new ArrayList<>();
            for (YamlMap a : p.maps("activities")) {
                a.allowOnly("id", "type", "ref", "due_day", "requires");
                String type = a.text("type");
                String ref = a.text("ref");
                ActivityType activityType = activityTypes.byKey(type);
                if (!type.isEmpty() && activityType instanceof ActivityTypes.Unavailable) {
                    a.problem("type", "unknown or switched-off activity type '" + type + "'");
                } else if (!ref.isEmpty() && !activityType.knows(ref, context)) {
                    a.problem("ref", "unknown " + type + " '" + ref + "'");
                }
                slots.add(slot(a));
            }
            try {
                Program.checkPlan(slots);
            } catch (IllegalArgumentException e) {
                p.problem("activities", e.getMessage());
            }
        }
    }

    private static ActivitySlot slot(YamlMap a) {
        return new ActivitySlot(a.text("id"), a.text("type"), a.text("ref"), a.integer("due_day", 1), a.texts("requires"));
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        for (YamlMap p : root.maps("programs")) {
            String code = p.text("id");
            LocalizedText title = StandardsContent.text(p, "title", true);
            LocalizedText summary = StandardsContent.text(p, "summary", false);
            Optional<YamlMap> a = p.optionalMap("audience");
            Audience audience = new Audience(a.map(x -> x.texts("positions")).orElse(List.of()),
                    a.map(x -> x.texts("locations")).orElse(List.of()));
            Program program = programs.byCode(code).orElseGet(() -> {
                Program created = new Program(code, title, summary, audience);
                em.persist(created);
                return created;
            });
            program.describe(title, summary, audience);
            program.plan(p.maps("activities").stream().map(ProgramsContent::slot).toList());
            if ("draft".equals(p.optionalText("status").orElse("published"))) {
                program.withdraw();
            } else {
                program.publish();
            }
        }
        em.flush();
        enrolments.evaluateAll();
    }
}
