package org.firstshift.shadowing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;

/** One task of a shadowing plan, e.g. "ask at least four questions before showing an item" (NEEDS-01). */
@Entity
@Table(name = "shadowing_task")
@jakarta.persistence.NamedQuery(name = "ShadowingTask.findByCode", query = "SELECT t FROM ShadowingTask t WHERE t.code = :code")
public class ShadowingTask extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ShadowingPlan plan;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "watch_for_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "watch_for_ru"))})
    private LocalizedText watchFor;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> rules = new ArrayList<>();

    @Column(nullable = false)
    private int repetitions;

    protected ShadowingTask() {
    }

    ShadowingTask(ShadowingPlan plan, int ordinal, TaskDraft draft) {
        this.plan = plan;
        this.code = draft.code();
        change(ordinal, draft);
    }

    final void change(int newOrdinal, TaskDraft draft) {
        this.ordinal = newOrdinal;
        this.title = draft.title();
        this.watchFor = draft.watchFor();
        this.rules = new ArrayList<>(draft.rules());
        this.repetitions = draft.repetitions();
    }

    public boolean observes(String ruleCode) {
        return rules.contains(ruleCode);
    }

    public ShadowingPlan getPlan() { return plan; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getWatchFor() { return watchFor; }
    public List<String> getRules() { return List.copyOf(rules); }
    public int getRepetitions() { return repetitions; }
}
