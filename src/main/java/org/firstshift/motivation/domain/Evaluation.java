package org.firstshift.motivation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The outcome of {@link TierEvaluator}: the tier held and every tier's checked conditions. */
public record Evaluation(TierScheme scheme, LocalDate day, int tierIndex, List<List<ConditionCheck>> checks) {

    public Tier tier() {
        return scheme.tier(tierIndex);
    }

    public Optional<Tier> next() {
        return tierIndex + 1 < scheme.tiers().size() ? Optional.of(scheme.tier(tierIndex + 1)) : Optional.empty();
    }

    /** The conditions of the tier held (all met). */
    public List<ConditionCheck> held() {
        return checks.get(tierIndex);
    }

    /** The conditions of the next tier, met or not (empty at the top). */
    public List<ConditionCheck> nextChecks() {
        return next().isPresent() ? checks.get(tierIndex + 1) : List.of();
    }

    /** What is still missing for the next tier. */
    public List<ConditionCheck> missing() {
        return nextChecks().stream().filter(c -> !c.met()).toList();
    }

    /** Whole percent of the next tier's conditions already met (100 at the top). */
    public int progressPercent() {
        List<ConditionCheck> next = nextChecks();
        if (next.isEmpty()) {
            return 100;
        }
        return (int) Math.floor(100.0 * next.stream().filter(ConditionCheck::met).count() / next.size());
    }
}
