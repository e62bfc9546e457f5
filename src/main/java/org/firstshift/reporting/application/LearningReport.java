package org.firstshift.reporting.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * HR's learning report for one day and one filter: a row per active employee and active program,
 * completion of everyone covered ({@code total}, whose group is null), by store and by position,
 * and every overdue activity, most overdue first. Computed once when built, so pages and exports
 * can read it as often as they like.
 */
public record LearningReport(LocalDate today, ReportFilter filter, List<EmployeeProgress> rows, Completion total,
                             List<Completion> byStore, List<Completion> byPosition, List<OverdueActivity> overdue) {

    static final Comparator<OverdueActivity> MOST_OVERDUE_FIRST = Comparator
            .comparingLong(OverdueActivity::daysOverdue).reversed()
            .thenComparing(o -> o.learner().name())
            .thenComparing(o -> o.learner().personnelNumber())
            .thenComparing(o -> o.program().code())
            .thenComparing(OverdueActivity::activityTitle);

    public LearningReport {
        rows = List.copyOf(rows);
        byStore = List.copyOf(byStore);
        byPosition = List.copyOf(byPosition);
        overdue = List.copyOf(overdue);
    }

    public static LearningReport of(LocalDate today, ReportFilter filter, List<EmployeeProgress> rows) {
        return new LearningReport(today, filter, rows, Completion.of(null, rows),
                Completion.by(rows, r -> r.learner().store()),
                Completion.by(rows, r -> r.learner().position()),
                rows.stream().flatMap(r -> r.overdue().stream()).sorted(MOST_OVERDUE_FIRST).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
