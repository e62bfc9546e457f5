package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Met when a cycle of the certification is valid today; reports until when (the latest end of the valid cycles). */
final class CertificationRule implements ConditionRule {
    @Override
    public ConditionCheck check(Condition c, ResultBook.Results r, LocalDate today) {
        List<ResultBook.CertificationCycle> mine = r.certifications.stream()
                .filter(cycle -> cycle.certificationCode().equals(c.subject())).toList();
        List<ResultBook.CertificationCycle> valid = mine.stream().filter(cycle -> cycle.validOn(today)).toList();
        if (!valid.isEmpty()) {
            boolean forever = valid.stream().anyMatch(cycle -> cycle.validUntil() == null);
            LocalDate until = forever ? null : valid.stream().map(ResultBook.CertificationCycle::validUntil)
                    .max(Comparator.naturalOrder()).orElseThrow();
            return new ConditionCheck(c, true, null, 1, 1, until, List.of());
        }
        Optional<LocalDate> lapsed = mine.stream().filter(cycle -> !cycle.revoked() && cycle.validUntil() != null
                        && cycle.validUntil().isBefore(today))
                .map(ResultBook.CertificationCycle::validUntil).max(Comparator.naturalOrder());
        return new ConditionCheck(c, false, null, mine.isEmpty() ? 0 : 1, 1, lapsed.orElse(null), List.of());
    }
}
