package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The core of the module, a pure function: scheme + one employee's results + a day = the tier
 * they hold, with every condition of every tier checked. No database, no clock, no CDI: the same
 * function explains a stored evaluation again from its snapshot, answers what-if questions and
 * runs in the benchmark.
 *
 * <p>An employee holds the highest tier whose conditions, and those of every tier below it, are
 * all met (tiers are cumulative; a valid scheme makes "every tier below" follow from the tier).</p>
 */
public final class TierEvaluator {
    private TierEvaluator() {
    }

    public static Evaluation evaluate(TierScheme scheme, ResultBook.Results results, LocalDate today) {
        List<List<ConditionCheck>> checks = new ArrayList<>();
        int reached = 0;
        boolean stillClimbing = true;
        for (int i = 0; i < scheme.tiers().size(); i++) {
            List<ConditionCheck> tierChecks = new ArrayList<>();
            for (Condition c : scheme.tier(i).conditions()) {
                tierChecks.add(ConditionRule.of(c.kind()).check(c, results, today));
            }
            checks.add(List.copyOf(tierChecks));
            boolean met = tierChecks.stream().allMatch(ConditionCheck::met);
            if (stillClimbing && met) {
                reached = i;
            } else {
                stillClimbing = false;
            }
        }
        return new Evaluation(scheme, today, reached, List.copyOf(checks));
    }
}
