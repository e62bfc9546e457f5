package org.firstshift.learning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One learner's view of one program on one day: each activity with its status, whether it is
 * still locked behind prerequisites, its due date and whether it is overdue, and the overall
 * share completed. Computed, never stored.
 */
public record ProgramPlan(Program program, List<Step> steps) {

    public record Step(ProgramActivity activity, ProgressStatus status, boolean locked, LocalDate dueOn,
                       boolean overdue, Integer score) {
        public boolean isDone() {
            return status == ProgressStatus.COMPLETED;
        }
    }

    /** Progress keyed by "type:ref". */
    public static ProgramPlan of(Program program, Map<String, ActivityProgress> progress, LocalDate hireDate, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        for (ProgramActivity a : program.getActivities()) {
            ActivityProgress p = progress.get(key(a.getTypeKey(), a.getRef()));
            ProgressStatus status = p == null ? ProgressStatus.NOT_STARTED : p.getStatus();
            boolean locked = a.getRequires().stream().anyMatch(code -> program.activity(code)
                    .map(req -> progress.get(key(req.getTypeKey(), req.getRef())))
                    .map(rp -> !rp.isCompleted()).orElse(true));
            LocalDate due = a.dueOn(hireDate);
            steps.add(new Step(a, status, locked && status != ProgressStatus.COMPLETED, due,
                    status != ProgressStatus.COMPLETED && today.isAfter(due), p == null ? null : p.getScore()));
        }
        return new ProgramPlan(program, List.copyOf(steps));
    }

    public static String key(String typeKey, String ref) {
        return typeKey + ":" + ref;
    }

    /** Whole percent of activities completed (0 for an empty program). */
    public int percentDone() {
        if (steps.isEmpty()) {
            return 0;
        }
        return (int) Math.floor(100.0 * steps.stream().filter(Step::isDone).count() / steps.size());
    }

    public boolean isComplete() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::isDone);
    }

    /** The first activity, in program order, that is neither done nor locked. */
    public Optional<Step> nextStep() {
        return steps.stream().filter(s -> !s.isDone() && !s.locked()).findFirst();
    }

    public long overdueCount() {
        return steps.stream().filter(Step::overdue).count();
    }
}
