package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.learning.application.Progress;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingRecord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where trainees stand, for their pages, their mentors and the API; and the bridge to the learning
 * module: the plan is the {@code shadowing} activity of a program, in progress from the first
 * record, completed (score 100) when the plan is, which is also announced as
 * {@link ShadowingPlanCompleted}.
 */
@ApplicationScoped
public class ShadowingProgress {

    @Inject
    ShadowingPlans plans;

    @Inject
    ShadowingLedger ledger;

    @Inject
    People people;

    @Inject
    Mentoring mentoring;

    @Inject
    Shifts shifts;

    @Inject
    Progress progress;

    @Inject
    Event<ShadowingPlanCompleted> planCompleted;

    @Inject
    Clock clock;

    public Optional<ShadowingPlan> planOf(Employee trainee) {
        return plans.forPosition(trainee.getPosition().getCode());
    }

    public TraineeShadowing of(long traineeId) {
        Employee trainee = people.get(traineeId);
        ShadowingPlan plan = planOf(trainee).orElse(null);
        List<ShadowingRecord> chain = ledger.chainOf(traineeId);
        if (plan == null) {
            return new TraineeShadowing(trainee, null, null, List.of());
        }
        PlanProgress p = PlanProgress.of(plan, ledger.contentsOf(chain));
        Map<Integer, ShadowingRecord> bySeq = chain.stream()
                .collect(Collectors.toMap(ShadowingRecord::getSeq, Function.identity(), (a, b) -> a));
        Map<Long, String> names = new HashMap<>();
        List<SignOffEntry> entries = new ArrayList<>();
        for (PlanProgress.Observation o : p.observations()) {
            String mentor = names.computeIfAbsent(o.effective().actorId(),
                    id -> people.find(id).map(Employee::getFullName).orElse("#" + id));
            entries.add(SignOffEntry.of(o, bySeq.get(o.effective().seq()), bySeq.get(o.original().seq()),
                    plan.task(o.effective().taskCode()).orElse(null), mentor));
        }
        entries.sort(Comparator.comparing(SignOffEntry::recordedAt).reversed());
        return new TraineeShadowing(trainee, plan, p, List.copyOf(entries));
    }

    /** The trainees a mentor shadows today: a shift today and an active mentor assignment. */
    public List<MentorDay> todayFor(long mentorId) {
        var today = shifts.today();
        return shifts.ofMentorOn(mentorId, today).stream()
                .filter(s -> mentoring.mentors(mentorId, s.getTraineeId(), today))
                .map(s -> new MentorDay(s, of(s.getTraineeId()))).toList();
    }

    /** The trainees a mentor looks after today (with or without a shift), with their shadowing. */
    public List<TraineeShadowing> traineesOf(long mentorId) {
        return mentoring.traineesOf(mentorId, shifts.today()).stream().map(e -> of(e.getId())).toList();
    }

    /**
     * Tells the learning module after every new record: the plan is in progress, or completed. The
     * completion is announced only the first time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(Employee trainee) {
        Optional<ShadowingPlan> plan = planOf(trainee);
        if (plan.isEmpty()) {
            return;
        }
        String code = plan.get().getCode();
        boolean wasComplete = progress.of(trainee.getId(), ShadowingActivity.KEY, code).map(p -> p.isCompleted()).orElse(false);
        PlanProgress now = PlanProgress.of(plan.get(), ledger.contentsOf(trainee.getId()));
        if (now.isComplete() && !wasComplete) {
            progress.attempted(trainee.getId(), ShadowingActivity.KEY, code, 100, true);
            planCompleted.fire(new ShadowingPlanCompleted(trainee.getId(), code, clock.instant()));
        } else {
            progress.started(trainee.getId(), ShadowingActivity.KEY, code);
        }
    }
}
