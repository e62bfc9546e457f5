package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;


import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Hypothetical results run through the same {@link TierEvaluator}: "if your next audit is 95%",
 * "if you score 85% in the exam". The real results are copied, never changed.
 */
public final class WhatIf {
    private WhatIf() {
    }

    /** The evaluation if one more audit visit, on the day, scored {@code percent} with no failed rule. */
    public static Evaluation nextAudit(TierScheme scheme, ResultBook.Results results, LocalDate day, int percent) {
        ResultBook book = copy(results);
        book.add(new ResultBook.AuditResult(-1, Long.MAX_VALUE, day, percent, false, List.of()));
        return TierEvaluator.evaluate(scheme, book.of(-1), day);
    }

    /** The evaluation if the employee scored {@code percent} in the exam on the day. */
    public static Evaluation exam(TierScheme scheme, ResultBook.Results results, LocalDate day, String examCode, int percent) {
        ResultBook book = copy(results);
        book.add(new ResultBook.ExamResult(-1, examCode, percent, true, day.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return TierEvaluator.evaluate(scheme, book.of(-1), day);
    }

    /**
     * The lowest next-audit score (in steps of 5, from 50 to 100) that would lift the employee by
     * a tier, if one audit can do it at all.
     */
    public static Optional<Integer> auditScoreForNextTier(TierScheme scheme, ResultBook.Results results, LocalDate day) {
        int now = TierEvaluator.evaluate(scheme, results, day).tierIndex();
        if (now + 1 >= scheme.tiers().size()) {
            return Optional.empty();
        }
        return IntStream.iterate(50, p -> p <= 100, p -> p + 5).boxed()
                .filter(p -> nextAudit(scheme, results, day, p).tierIndex() > now).findFirst();
    }

    private static ResultBook copy(ResultBook.Results r) {
        ResultBook book = new ResultBook();
        long me = -1;
        r.exams.forEach(e -> book.add(new ResultBook.ExamResult(me, e.examCode(), e.scorePercent(), e.passed(), e.at())));
        r.certifications.forEach(c -> book.add(new ResultBook.CertificationCycle(me, c.certificationCode(), c.validFrom(),
                c.validUntil(), c.revoked())));
        r.audits.forEach(a -> book.add(new ResultBook.AuditResult(me, a.visitId(), a.visitDate(), a.scorePercent(),
                a.criticalFailed(), a.failedRuleIds())));
        r.shadowing.forEach(s -> book.add(new ResultBook.ShadowingResult(me, s.planCode(), s.completedAt())));
        r.roleplays.forEach(p -> book.add(new ResultBook.RoleplayResult(me, p.scenarioCode(), p.passed(), p.at())));
        if (r.tenure != null) {
            book.add(new ResultBook.Tenure(me, r.tenure.positionCode(), r.tenure.since()));
        }
        book.of(me);
        return book;
    }

}
