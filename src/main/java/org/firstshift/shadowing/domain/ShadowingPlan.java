package org.firstshift.shadowing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a trainee in one of the plan's positions must show on the floor: tasks in order, each with
 * the rules it observes and how many independent repetitions it needs. Written as content
 * ({@code shadowing/*.yaml}); a position belongs to at most one plan.
 */
@Entity
@Table(name = "shadowing_plan")
@NamedQuery(name = "ShadowingPlan.all", query = "SELECT p FROM ShadowingPlan p ORDER BY p.code")
@NamedQuery(name = "ShadowingPlan.findByCode", query = "SELECT p FROM ShadowingPlan p WHERE p.code = :code")
public class ShadowingPlan extends Identified {
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,39}";

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru"))})
    private LocalizedText summary;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> positions = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<ShadowingTask> tasks = new ArrayList<>();

    protected ShadowingPlan() {
    }

    public ShadowingPlan(String code, LocalizedText title, LocalizedText summary, List<String> positions) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("plan id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        describe(title, summary, positions);
    }

    public final void describe(LocalizedText newTitle, LocalizedText newSummary, List<String> newPositions) {
        this.title = Objects.requireNonNull(newTitle, "title is required");
        this.summary = newSummary;
        if (newPositions == null || newPositions.isEmpty()) {
            throw new IllegalArgumentException("plan " + code + " needs at least one position");
        }
        this.positions = new ArrayList<>(newPositions);
    }

    /**
     * Replaces the task list: tasks keep their identity by id (changed in place), new ones are
     * added, missing ones are removed. Sign-offs refer to task ids, not rows, so history survives.
     */
    public void planTasks(List<TaskDraft> drafts) {
        Set<String> seen = new java.util.HashSet<>();
        for (TaskDraft d : drafts) {
            if (!seen.add(d.code())) {
                throw new IllegalArgumentException("task '" + d.code() + "' appears twice in plan " + code);
            }
        }
        tasks.removeIf(t -> !seen.contains(t.getCode()));
        int ordinal = 1;
        for (TaskDraft d : drafts) {
            Optional<ShadowingTask> existing = task(d.code());
            if (existing.isPresent()) {
                existing.get().change(ordinal, d);
            } else {
                tasks.add(new ShadowingTask(this, ordinal, d));
            }
            ordinal++;
        }
        tasks.sort(java.util.Comparator.comparingInt(ShadowingTask::getOrdinal));
    }

    public boolean isFor(String positionCode) {
        return positions.contains(positionCode);
    }

    public Optional<ShadowingTask> task(String taskCode) {
        return tasks.stream().filter(t -> t.getCode().equals(taskCode)).findFirst();
    }

    public String getCode() { return code; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public List<String> getPositions() { return List.copyOf(positions); }
    public List<ShadowingTask> getTasks() { return List.copyOf(tasks); }
}
