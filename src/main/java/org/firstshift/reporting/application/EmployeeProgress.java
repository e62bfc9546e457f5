package org.firstshift.reporting.application;

import org.firstshift.learning.domain.ActivityProgress;
import org.firstshift.learning.domain.Program;
import org.firstshift.learning.domain.ProgramActivity;
import org.firstshift.learning.domain.ProgramPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where one employee stands in one program on one day: share and count of activities done, the
 * overdue ones, and readiness. An employee is ready on the day the last activity of the program
 * was completed; {@code days} is then the time to ready (days from the hire date to that day),
 * and otherwise the days since the hire date so far. Work done before the first day (pre-boarding,
 * or earlier in another program) counts as ready on day 0, never negative.
 */
public record EmployeeProgress(Learner learner, Labelled program, int percentDone, int completed, int total,
                               List<OverdueActivity> overdue, LocalDate readyOn, long days) {

    public EmployeeProgress {
        overdue = List.copyOf(overdue);
    }

    /**
     * Computes the standing with the learning module's own plan, so HR sees the same percentages
     * and overdue flags as the learner does.
     *
     * @param progress the employee's progress keyed by {@link ProgramPlan#key}
     * @param zone     the zone of "today", in which completion instants become dates
     * @param titles   the title of an activity in the reader's language
     */
    public static EmployeeProgress of(Learner learner, Program program, Map<String, ActivityProgress> progress,
                                      LocalDate today, ZoneId zone, Function<ProgramActivity, String> titles) {
        ProgramPlan plan = ProgramPlan.of(program, progress, learner.hireDate(), today);
        Labelled label = new Labelled(program.getCode(), program.getTitle());
        int completed = (int) plan.steps().stream().filter(ProgramPlan.Step::isDone).count();
        List<OverdueActivity> overdue = plan.steps().stream().filter(ProgramPlan.Step::overdue)
                .map(s -> new OverdueActivity(learner, label, titles.apply(s.activity()), s.dueOn(),
                        ChronoUnit.DAYS.between(s.dueOn(), today), s.activity().getTypeKey(), s.activity().getRef()))
                .toList();
        LocalDate readyOn = plan.isComplete() ? lastCompletion(plan, progress).map(i -> LocalDate.ofInstant(i, zone)).orElse(null) : null;
        long days = Math.max(0, ChronoUnit.DAYS.between(learner.hireDate(), readyOn != null ? readyOn : today));
        return new EmployeeProgress(learner, label, plan.percentDone(), completed, plan.steps().size(), overdue, readyOn, days);
    }

    private static Optional<Instant> lastCompletion(ProgramPlan plan, Map<String, ActivityProgress> progress) {
        return plan.steps().stream()
                .map(s -> progress.get(ProgramPlan.key(s.activity().getTypeKey(), s.activity().getRef())))
                .filter(Objects::nonNull).map(ActivityProgress::getCompletedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** Every activity of the program is complete (and we know when). */
    public boolean isReady() {
        return readyOn != null;
    }

    /** Days from the hire date to ready, or null while not ready. */
    public Long daysToReady() {
        return isReady() ? days : null;
    }

    public int overdueCount() {
        return overdue.size();
    }
}
