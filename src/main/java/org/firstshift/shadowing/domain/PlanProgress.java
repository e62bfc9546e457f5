package org.firstshift.shadowing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a trainee stands on a plan, computed from their chain of records (never stored).
 *
 * <p>The completion rule: an <em>observation</em> is a sign-off as it stands after its latest
 * correction. It counts for its task when it is rated INDEPENDENTLY <em>and</em> the trainee has
 * confirmed that version (confirming a sign-off does not confirm a later correction of it). A task
 * is complete when at least its required repetitions count; the plan when every task is complete.
 * A downgrading correction therefore takes effect at once, an upgrading one only once confirmed.</p>
 */
public record PlanProgress(ShadowingPlan plan, List<TaskProgress> tasks, List<Observation> observations) {

    /**
     * A sign-off as it stands now.
     *
     * @param original  the sign-off record
     * @param effective the latest correction of it, or the sign-off itself
     * @param confirmed whether the trainee confirmed the effective version
     */
    public record Observation(RecordContent original, RecordContent effective, boolean confirmed) {
        public boolean counts() {
            return confirmed && effective.rating() == Rating.INDEPENDENTLY;
        }

        public boolean isCorrected() {
            return effective != original;
        }
    }

    /** One task: confirmed independent repetitions against the requirement, and the latest word on it. */
    public record TaskProgress(ShadowingTask task, int counted, int observed, int awaitingConfirmation,
                               Rating latestRating, boolean latestConfirmed) {
        public int required() {
            return task.getRepetitions();
        }

        public boolean isComplete() {
            return counted >= task.getRepetitions();
        }

        /** Whole percent towards the requirement (capped at 100). */
        public int percent() {
            return Math.min(100, (int) Math.floor(100.0 * counted / task.getRepetitions()));
        }
    }

    public static PlanProgress of(ShadowingPlan plan, List<RecordContent> chain) {
        List<Observation> observations = observations(chain);
        List<TaskProgress> tasks = new ArrayList<>();
        for (ShadowingTask task : plan.getTasks()) {
            List<Observation> mine = observations.stream()
                    .filter(o -> task.getCode().equals(o.effective().taskCode())).toList();
            Optional<Observation> latest = mine.stream().max(Comparator.comparingInt(o -> o.effective().seq()));
            tasks.add(new TaskProgress(task, (int) mine.stream().filter(Observation::counts).count(), mine.size(),
                    (int) mine.stream().filter(o -> !o.confirmed()).count(),
                    latest.map(o -> o.effective().rating()).orElse(null), latest.map(Observation::confirmed).orElse(false)));
        }
        return new PlanProgress(plan, List.copyOf(tasks), observations);
    }

    /** Every sign-off of the chain with its latest correction and whether that version is confirmed. */
    public static List<Observation> observations(List<RecordContent> chain) {
        Map<Integer, RecordContent> latestCorrection = new HashMap<>();
        Set<Integer> confirmed = new HashSet<>();
        for (RecordContent r : chain) {
            switch (r.kind()) {
                case CORRECTION -> latestCorrection.merge(r.refersToSeq(), r, (a, b) -> a.seq() > b.seq() ? a : b);
                case CONFIRMATION -> confirmed.add(r.refersToSeq());
                default -> { }
            }
        }
        List<Observation> result = new ArrayList<>();
        for (RecordContent r : chain) {
            if (r.kind() == RecordKind.SIGN_OFF) {
                RecordContent effective = latestCorrection.getOrDefault(r.seq(), r);
                result.add(new Observation(r, effective, confirmed.contains(effective.seq())));
            }
        }
        return List.copyOf(result);
    }

    public boolean isComplete() {
        return !tasks.isEmpty() && tasks.stream().allMatch(TaskProgress::isComplete);
    }

    public long completedTasks() {
        return tasks.stream().filter(TaskProgress::isComplete).count();
    }

    /** Whole percent of tasks complete. */
    public int percentDone() {
        return tasks.isEmpty() ? 0 : (int) Math.floor(100.0 * completedTasks() / tasks.size());
    }

    /** Observations the trainee has not confirmed yet, oldest first. */
    public List<Observation> awaitingConfirmation() {
        return observations.stream().filter(o -> !o.confirmed()).toList();
    }

    /** Tasks not complete yet, in plan order: what the mentor should watch for next. */
    public List<TaskProgress> openTasks() {
        return tasks.stream().filter(t -> !t.isComplete()).toList();
    }
}
