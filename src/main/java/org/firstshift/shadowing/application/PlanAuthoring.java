package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingTask;
import org.firstshift.shadowing.domain.TaskDraft;
import org.firstshift.standards.application.Standards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Authors create and change shadowing plans in the editor with the same checks as content files:
 * ids well-formed, positions known and in one plan at most, task ids unique, rule ids published,
 * 1 to 20 repetitions. Everything wrong is reported at once and nothing is saved. Changing a plan
 * never touches sign-offs: they name task ids, which keep their meaning.
 */
@ApplicationScoped
public class PlanAuthoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShadowingPlans plans;

    @Inject
    Organisation organisation;

    @Inject
    Standards standards;

    @Inject
    AuditTrail audit;

    @Transactional
    public ShadowingPlan save(PlanDraft d) {
        List<ProblemItem> problems = new ArrayList<>();
        String code = d.code() == null ? "" : d.code().strip();
        if (!code.matches(ShadowingPlan.CODE_PATTERN)) {
            problems.add(ProblemItem.field("id", "plan id '" + code + "' must be upper-case letters, digits, '_' or '-'"));
        }
        LocalizedText title = text(d.titleEn(), d.titleRu(), "title", true, problems);
        LocalizedText summary = text(d.summaryEn(), d.summaryRu(), "summary", false, problems);
        List<String> positions = d.positions() == null ? List.of() : d.positions().stream().map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList();
        if (positions.isEmpty()) {
            problems.add(ProblemItem.field("positions", "a plan needs at least one position"));
        }
        for (String p : positions) {
            if (organisation.position(p).isEmpty()) {
                problems.add(ProblemItem.field("positions", "unknown position '" + p + "'"));
            } else {
                plans.forPosition(p).filter(other -> !other.getCode().equals(code)).ifPresent(other -> problems.add(
                        ProblemItem.field("positions", "position '" + p + "' already has the plan " + other.getCode())));
            }
        }
        List<TaskDraft> tasks = tasks(code, d.tasks() == null ? List.of() : d.tasks(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The plan has problems; nothing was saved.", problems);
        }
        Optional<ShadowingPlan> existing = plans.byCode(code);
        Map<String, Object> before = existing.map(PlanAuthoring::snapshot).orElse(null);
        ShadowingPlan plan = existing.orElseGet(() -> {
            ShadowingPlan created = new ShadowingPlan(code, title, summary, positions);
            em.persist(created);
            return created;
        });
        plan.describe(title, summary, positions);
        plan.planTasks(tasks);
        em.flush();
        audit.record("ShadowingPlan", plan.getId(), existing.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                "Shadowing plan " + code + " saved with " + tasks.size() + " task(s)", before, snapshot(plan));
        return plan;
    }

    private List<TaskDraft> tasks(String planCode, List<PlanDraft.Task> drafts, List<ProblemItem> problems) {
        if (drafts.isEmpty()) {
            problems.add(ProblemItem.field("tasks", "a plan needs at least one task"));
        }
        Set<String> seen = new HashSet<>();
        List<TaskDraft> tasks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            PlanDraft.Task t = drafts.get(i);
            String at = "tasks[" + (i + 1) + "]";
            String code = t.code() == null ? "" : t.code().strip();
            int before = problems.size();
            if (!code.matches(ShadowingPlan.CODE_PATTERN)) {
                problems.add(ProblemItem.field(at + ".id", "task id '" + code + "' must be upper-case letters, digits, '_' or '-'"));
            } else if (!seen.add(code)) {
                problems.add(ProblemItem.field(at + ".id", "task id '" + code + "' appears twice"));
            } else {
                em.createNamedQuery("ShadowingTask.findByCode", ShadowingTask.class).setParameter("code", code)
                        .getResultStream().filter(other -> !other.getPlan().getCode().equals(planCode)).findFirst()
                        .ifPresent(other -> problems.add(ProblemItem.field(at + ".id", "task id '" + code
                                + "' is already used in the plan " + other.getPlan().getCode())));
            }
            LocalizedText title = text(t.titleEn(), t.titleRu(), at + ".title", true, problems);
            LocalizedText watchFor = text(t.watchForEn(), t.watchForRu(), at + ".watchFor", false, problems);
            List<String> rules = t.rules() == null ? List.of() : t.rules().stream().map(String::strip)
                    .filter(r -> !r.isEmpty()).distinct().toList();
            if (rules.isEmpty()) {
                problems.add(ProblemItem.field(at + ".rules", "name the rule ids the task observes"));
            }
            rules.stream().filter(r -> !standards.isPublishedRule(r))
                    .forEach(r -> problems.add(ProblemItem.field(at + ".rules", "unknown rule id '" + r + "'")));
            int repetitions = t.repetitions() == null ? 0 : t.repetitions();
            if (repetitions < 1 || repetitions > 20) {
                problems.add(ProblemItem.field(at + ".repetitions", "must be 1 to 20, not " + t.repetitions()));
            }
            if (problems.size() == before) {
                tasks.add(new TaskDraft(code, title, watchFor, rules, repetitions));
            }
        }
        return tasks;
    }

    private static LocalizedText text(String en, String ru, String field, boolean required, List<ProblemItem> problems) {
        if (en == null || en.isBlank()) {
            if (required || (ru != null && !ru.isBlank())) {
                problems.add(ProblemItem.field(field, "the English text is required"));
            }
            return null;
        }
        return new LocalizedText(en, ru);
    }

    static Map<String, Object> snapshot(ShadowingPlan plan) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", plan.getCode());
        s.put("title", plan.getTitle().en());
        s.put("positions", plan.getPositions());
        List<String> tasks = new ArrayList<>();
        for (ShadowingTask t : plan.getTasks()) {
            tasks.add(t.getCode() + " " + t.getRules() + " x" + t.getRepetitions());
        }
        s.put("tasks", tasks);
        return s;
    }
}
