package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;

/** Evaluates conditions of one kind against one employee's results on a day. Pure, stateless. */
public interface ConditionRule {
    ConditionCheck check(Condition condition, ResultBook.Results results, LocalDate today);

    /** The rule for a kind. */
    static ConditionRule of(ConditionKind kind) {
        return switch (kind) {
            case CERTIFICATION -> new CertificationRule();
            case EXAM_LATEST -> new ExamScoreRule(false);
            case EXAM_BEST -> new ExamScoreRule(true);
            case AUDIT_AVERAGE -> new AuditAverageRule();
            case NO_CRITICAL_FAILURES -> new CriticalFailuresRule();
            case SHADOWING_PLAN -> new ShadowingPlanRule();
            case ROLEPLAY_PASS_RATE -> new RoleplayPassRateRule();
            case TIME_IN_ROLE -> new TimeInRoleRule();
        };
    }
}
