package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.List;

/** Met when no visit of the window failed a critical rule (a window without visits has none). */
final class CriticalFailuresRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.AuditResult> window = AuditWindow.of(c, r, today);
        int critical = (int) window.stream().filter(ResultBook.AuditResult::criticalFailed).count();
        return new ConditionCheck(c, critical == 0, null, critical, window.size(), null, List.of());
    }
}
