package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Met when the plan was completed (on or before the day); reports the day it was. */
final class ShadowingPlanRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        Optional<LocalDate> done = r.shadowing.stream().filter(s -> s.planCode().equals(c.subject()))
                .map(s -> LocalDate.ofInstant(s.completedAt(), ZoneOffset.UTC))
                .filter(d -> !d.isAfter(today)).min(Comparator.naturalOrder());
        return new ConditionCheck(c, done.isPresent(), null, done.isPresent() ? 1 : 0, 1, done.orElse(null), List.of());
    }
}
