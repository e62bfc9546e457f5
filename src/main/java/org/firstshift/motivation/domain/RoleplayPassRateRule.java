package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The share of passed attempts among the last N finished role-play attempts (any scenario); at
 * least {@code minCount} attempts are needed so one lucky try is not a rate.
 */
final class RoleplayPassRateRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.RoleplayResult> window = r.roleplays.stream()
                .filter(a -> !LocalDate.ofInstant(a.at(), ZoneOffset.UTC).isAfter(today))
                .sorted(Comparator.comparing(ResultBook.RoleplayResult::at).reversed())
                .limit(c.lastN()).toList();
        int passed = (int) window.stream().filter(ResultBook.RoleplayResult::passed).count();
        Double rate = window.isEmpty() ? null : 100.0 * passed / window.size();
        boolean met = window.size() >= Math.max(1, c.minCount()) && rate != null && rate >= c.threshold();
        return new ConditionCheck(c, met, rate, passed, window.size(), null, List.of());
    }
}
