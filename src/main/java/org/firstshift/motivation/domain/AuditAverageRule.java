package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The average score of the visits in the window. By visit count the window must be full ("your
 * last three audits" means three); by months at least {@code minCount} (default 1) visits are
 * needed. Also lists the rules failed in the window, most often first (ties in checklist order).
 */
final class AuditAverageRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.AuditResult> window = AuditWindow.of(c, r, today);
        int needed = c.lastN() > 0 ? c.lastN() : Math.max(1, c.minCount());
        Double average = window.isEmpty() ? null
                : window.stream().mapToDouble(ResultBook.AuditResult::scorePercent).average().orElseThrow();
        Map<String, Integer> misses = new LinkedHashMap<>();
        // oldest visit first, so that ties keep the order in which the rules came up
        for (int i = window.size() - 1; i >= 0; i--) {
            window.get(i).failedRuleIds().stream().distinct().forEach(id -> misses.merge(id, 1, Integer::sum));
        }
        List<ConditionCheck.RuleMiss> missed = new ArrayList<>();
        misses.forEach((id, n) -> missed.add(new ConditionCheck.RuleMiss(id, n, window.size())));
        missed.sort(Comparator.comparingInt(ConditionCheck.RuleMiss::visits).reversed());
        boolean met = window.size() >= needed && average != null && average >= c.threshold();
        return new ConditionCheck(c, met, average, window.size(), needed, null, missed);
    }
}
