package org.firstshift.shadowing.application;

import org.firstshift.people.domain.Employee;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.ShadowingPlan;

import java.util.List;

/**
 * One trainee's shadowing as their pages and the API show it: the plan (null when their position
 * has none), progress per task, and every observation newest first.
 */
public record TraineeShadowing(Employee trainee, ShadowingPlan plan, PlanProgress progress, List<SignOffEntry> signOffs) {

    public boolean hasPlan() {
        return plan != null;
    }

    public List<SignOffEntry> awaitingConfirmation() {
        return signOffs.stream().filter(e -> !e.confirmed()).toList();
    }

    public List<SignOffEntry> confirmed() {
        return signOffs.stream().filter(SignOffEntry::confirmed).toList();
    }

    public List<PlanProgress.TaskProgress> tasks() {
        return progress == null ? List.of() : progress.tasks();
    }

    public List<PlanProgress.TaskProgress> openTasks() {
        return progress == null ? List.of() : progress.openTasks();
    }

    public boolean isComplete() {
        return progress != null && progress.isComplete();
    }

    public int percentDone() {
        return progress == null ? 0 : progress.percentDone();
    }

    public long completedTasks() {
        return progress == null ? 0 : progress.completedTasks();
    }
}
