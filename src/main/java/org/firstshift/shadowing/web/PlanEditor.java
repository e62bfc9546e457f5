package org.firstshift.shadowing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.shadowing.application.PlanAuthoring;
import org.firstshift.shadowing.application.PlanDraft;
import org.firstshift.shadowing.application.ShadowingPlans;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingTask;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The author's plan editor ({@code /author/shadowing-plan.xhtml?code=SH-SALES}, or without a code
 * for a new plan). Rows are edited in the view and saved together, all or nothing.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    @Inject
    ShadowingPlans plans;

    @Inject
    PlanAuthoring authoring;

    @Inject
    Organisation organisation;

    @Inject
    LanguageChoice language;

    private String code;
    private boolean existing;
    private String titleEn;
    private String titleRu;
    private String summaryEn;
    private String summaryRu;
    private List<String> positions = new ArrayList<>();
    private final List<TaskRow> tasks = new ArrayList<>();

    /** One editable task row; rules are typed as a comma-separated list of rule ids. */
    public static class TaskRow implements Serializable {
        private String code;
        private String titleEn;
        private String titleRu;
        private String watchForEn;
        private String watchForRu;
        private String rules;
        private Integer repetitions = 1;

        PlanDraft.Task draft() {
            List<String> ids = rules == null ? List.of() : Arrays.stream(rules.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            return new PlanDraft.Task(code, titleEn, titleRu, watchForEn, watchForRu, ids, repetitions);
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT); }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getTitleRu() { return titleRu; }
        public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
        public String getWatchForEn() { return watchForEn; }
        public void setWatchForEn(String watchForEn) { this.watchForEn = watchForEn; }
        public String getWatchForRu() { return watchForRu; }
        public void setWatchForRu(String watchForRu) { this.watchForRu = watchForRu; }
        public String getRules() { return rules; }
        public void setRules(String rules) { this.rules = rules; }
        public Integer getRepetitions() { return repetitions; }
        public void setRepetitions(Integer repetitions) { this.repetitions = repetitions; }
    }

    /** Loads the plan named by {@code ?code=}, or starts an empty one. */
    public void open() {
        if (!tasks.isEmpty() || existing) {
            return; // a postback in the same view keeps what the author typed
        }
        if (code != null && !code.isBlank()) {
            plans.byCode(code).ifPresent(this::load);
        }
        if (tasks.isEmpty()) {
            addTask();
        }
    }

    private void load(ShadowingPlan plan) {
        existing = true;
        titleEn = plan.getTitle().en();
        titleRu = plan.getTitle().ru();
        summaryEn = plan.getSummary() == null ? null : plan.getSummary().en();
        summaryRu = plan.getSummary() == null ? null : plan.getSummary().ru();
        positions = new ArrayList<>(plan.getPositions());
        for (ShadowingTask t : plan.getTasks()) {
            TaskRow row = new TaskRow();
            row.code = t.getCode();
            row.titleEn = t.getTitle().en();
            row.titleRu = t.getTitle().ru();
            row.watchForEn = t.getWatchFor() == null ? null : t.getWatchFor().en();
            row.watchForRu = t.getWatchFor() == null ? null : t.getWatchFor().ru();
            row.rules = String.join(", ", t.getRules());
            row.repetitions = t.getRepetitions();
            tasks.add(row);
        }
    }

    public void addTask() {
        tasks.add(new TaskRow());
    }

    public void removeTask(TaskRow row) {
        tasks.remove(row);
    }

    public String save() {
        String id = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        PlanDraft draft = new PlanDraft(id, titleEn, titleRu, summaryEn, summaryRu, positions,
                tasks.stream().map(TaskRow::draft).toList());
        if (!FacesMessages.attempt(() -> authoring.save(draft))) {
            return null;
        }
        FacesMessages.info(Messages.of("shadowing", language.getLocale()).get("editor.saved", id));
        FacesMessages.keepAcrossRedirect();
        return "/author/shadowing.xhtml?faces-redirect=true";
    }

    public List<Position> getAllPositions() {
        return organisation.positions();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isExisting() { return existing; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getTitleRu() { return titleRu; }
    public void setTitleRu(String titleRu) { this.titleRu = titleRu; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getSummaryRu() { return summaryRu; }
    public void setSummaryRu(String summaryRu) { this.summaryRu = summaryRu; }
    public List<String> getPositions() { return positions; }
    public void setPositions(List<String> positions) { this.positions = positions; }
    public List<TaskRow> getTasks() { return tasks; }
}
