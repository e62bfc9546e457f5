package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Whole months in the current position (from the tenure's since date) against a minimum. */
final class TimeInRoleRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        if (r.tenure == null) {
            return new ConditionCheck(c, false, null, 0, c.threshold(), null, List.of());
        }
        int months = (int) Math.max(0, ChronoUnit.MONTHS.between(r.tenure.since(), today));
        return new ConditionCheck(c, months >= c.threshold(), null, months, c.threshold(), r.tenure.since(), List.of());
    }
}
