package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.OrganisationContent;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.TaskDraft;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.application.StandardsContent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code shadowing/*.yaml}: one shadowing plan per file, and {@code shadowing/shifts.yaml} with
 * shadow shifts for the demo. A plan's tasks must name rule ids of the standard; a position
 * belongs to one plan at most. Shift dates may be relative to the day of loading
 * ({@code days_after_load: 0} is that day) so a demo always has a shift today. Re-loading updates
 * plans in place and never duplicates a shift.
 * <pre>
 * id: SH-SALES
 * title: {en: ..., ru: ...}
 * positions: [SALES_CONSULTANT]
 * tasks:
 *   - {id: SH-S-GREET, title: {en: ..., ru: ...}, watch_for: {en: ..., ru: ...}, rules: [GREET-01], repetitions: 3}
 *
 * shifts:
 *   - {trainee: NW-1001, mentor: NW-1002, days_after_load: 0, starts: "10:00", ends: "19:00", store: STORE-CENTRAL}
 * </pre>
 */
@ApplicationScoped
public class ShadowingContent implements ContentSection {
    public static final String PLAN = "shadowing_plan";
    static final String TASK = "shadowing_task";
    static final String POSITION = "shadowing_position";
    static final String SHIFTS_FILE = "shadowing/shifts.yaml";
    /** The kind people.yaml declares personnel numbers under. */
    static final String EMPLOYEE = "employee";

    @Inject
    ShadowingPlans plans;

    @Inject
    Shifts shifts;

    @Inject
    Standards standards;

    @Inject
    Organisation organisation;

    @Inject
    People people;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "shadowing/";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        if (root.file().equals(SHIFTS_FILE)) {
            checkShifts(root, context);
            return;
        }
        root.allowOnly("id", "title", "summary", "positions", "tasks");
        String id = root.text("id");
        if (!id.isEmpty() && !id.matches(ShadowingPlan.CODE_PATTERN)) {
            root.problem("id", "'" + id + "' must be upper-case letters, digits, '_' or '-'");
        } else if (!id.isEmpty() && !context.declare(PLAN, id)) {
            root.problem("id", "plan '" + id + "' is defined in two files");
        }
        StandardsContent.text(root, "title", true);
        List<String> positions = root.texts("positions");
        if (positions.isEmpty()) {
            root.problem("a plan needs at least one position ('positions')");
        }
        for (String p : positions) {
            if (!context.isDeclared(OrganisationContent.POSITION, p) && organisation.position(p).isEmpty()) {
                root.problem("positions", "unknown position '" + p + "'");
            } else if (!context.declare(POSITION, p)) {
                root.problem("positions", "position '" + p + "' already has another shadowing plan");
            }
        }
        List<YamlMap> tasks = root.maps("tasks");
        if (tasks.isEmpty()) {
            root.problem("a plan needs at least one task");
        }
        tasks.forEach(t -> checkTask(t, context));
    }

    private void checkTask(YamlMap task, ContentContext context) {
        task.allowOnly("id", "title", "watch_for", "rules", "repetitions");
        String id = task.text("id");
        if (!id.isEmpty() && !id.matches(ShadowingPlan.CODE_PATTERN)) {
            task.problem("id", "'" + id + "' must be upper-case letters, digits, '_' or '-'");
        } else if (!id.isEmpty() && !context.declare(TASK, id)) {
            task.problem("id", "task '" + id + "' is defined twice");
        }
        StandardsContent.text(task, "title", true);
        StandardsContent.text(task, "watch_for", false);
        List<String> rules = task.texts("rules");
        if (rules.isEmpty()) {
            task.problem("a task must name the rule ids it observes ('rules')");
        }
        for (String rule : rules) {
            if (!context.isDeclared(StandardsContent.RULE, rule) && !standards.isPublishedRule(rule)) {
                task.problem("rules", "unknown rule id '" + rule + "'");
            }
        }
        Optional<Integer> repetitions = task.optionalInt("repetitions");
        if (repetitions.isEmpty() && !task.has("repetitions")) {
            task.problem("missing required field 'repetitions' (how many independent repetitions the task needs)");
        }
        repetitions.filter(r -> r < 1 || r > 20).ifPresent(r -> task.problem("repetitions", "must be 1 to 20, not " + r));
    }

    private void checkShifts(YamlMap root, ContentContext context) {
        root.allowOnly("shifts");
        for (YamlMap s : root.maps("shifts")) {
            s.allowOnly("trainee", "mentor", "date", "days_after_load", "starts", "ends", "store");
            for (String who : new String[]{"trainee", "mentor"}) {
                String number = s.text(who);
                if (!number.isEmpty() && !context.isDeclared(EMPLOYEE, number) && people.byPersonnelNumber(number).isEmpty()) {
                    s.problem(who, "unknown employee '" + number + "'");
                }
            }
            day(s);
            LocalTime starts = time(s, "starts");
            LocalTime ends = time(s, "ends");
            if (starts != null && ends != null && !ends.isAfter(starts)) {
                s.problem("ends", "must be after the start (" + starts + ")");
            }
            s.optionalText("store").filter(c -> !context.isDeclared(OrganisationContent.LOCATION, c) && organisation.location(c).isEmpty())
                    .ifPresent(c -> s.problem("store", "unknown store '" + c + "'"));
        }
    }

    private LocalDate day(YamlMap s) {
        if (s.has("days_after_load")) {
            return LocalDate.now(clock).plusDays(s.integer("days_after_load", 0));
        }
        return s.date("date");
    }

    private static LocalTime time(YamlMap s, String key) {
        String text = s.text(key);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            s.problem(key, "is not a time like 09:30: '" + text + "'");
            return null;
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        if (root.file().equals(SHIFTS_FILE)) {
            loadShifts(root);
            return;
        }
        String code = root.text("id");
        LocalizedText title = StandardsContent.text(root, "title", true);
        LocalizedText summary = StandardsContent.text(root, "summary", false);
        List<String> positions = root.texts("positions");
        ShadowingPlan plan = plans.byCode(code).orElseGet(() -> {
            ShadowingPlan created = new ShadowingPlan(code, title, summary, positions);
            em.persist(created);
            return created;
        });
        plan.describe(title, summary, positions);
        List<TaskDraft> drafts = new ArrayList<>();
        for (YamlMap t : root.maps("tasks")) {
            drafts.add(new TaskDraft(t.text("id"), StandardsContent.text(t, "title", true),
                    StandardsContent.text(t, "watch_for", false), t.texts("rules"), t.integer("repetitions", 1)));
        }
        plan.planTasks(drafts);
        em.flush();
    }

    private void loadShifts(YamlMap root) {
        for (YamlMap s : root.maps("shifts")) {
            Employee trainee = people.byPersonnelNumber(s.text("trainee")).orElseThrow();
            Employee mentor = people.byPersonnelNumber(s.text("mentor")).orElseThrow();
            LocalDate day = day(s);
            if (shifts.find(trainee.getId(), mentor.getId(), day).isPresent()) {
                continue;
            }
            try {
                shifts.schedule(new NewShift(trainee.getId(), mentor.getId(), day, time(s, "starts"), time(s, "ends"),
                        s.optionalText("store").orElse(null)), "content");
            } catch (InvalidInputException e) {
                // Known only now that people.yaml is loaded: e.g. no mentor assignment on that day.
                throw new InvalidInputException("The content has problems; nothing was loaded.",
                        List.of(ProblemItem.at(root.file(), s.line(), null, e.getMessage())));
            }
        }
    }
}
