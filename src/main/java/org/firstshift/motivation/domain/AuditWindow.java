package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The audit visits a windowed condition looks at: the last N visits, or the visits of the last M months. */
final class AuditWindow {
    private AuditWindow() {
    }

    static List<ResultBook.AuditResult> of(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.AuditResult> past = r.audits.stream().filter(a -> !a.visitDate().isAfter(today))
                .sorted(Comparator.comparing(ResultBook.AuditResult::visitDate)
                        .thenComparingLong(ResultBook.AuditResult::visitId).reversed())
                .toList();
        if (c.lastN() > 0) {
            return past.subList(0, Math.min(c.lastN(), past.size()));
        }
        LocalDate from = today.minusMonths(c.months());
        return past.stream().filter(a -> a.visitDate().isAfter(from)).toList();
    }
}
