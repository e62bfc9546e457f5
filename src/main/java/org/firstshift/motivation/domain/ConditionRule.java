package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;

import java.time.LocalDate;

/** Evaluates conditions of one kind against one employee's results on a day. Pure, stateless. */
public interface ConditionRule {
    ConditionCheck check(Condition condition, ResultBook.Results results, LocalDate today);

    /** The rule for a kind (rules are stateless: one instance each). */
    static ConditionRule of(ConditionKind kind) {
        return Rules.BY_KIND.get(kind);
    }

    /** Holder of the one instance per kind. */
    final class Rules {
        static final java.util.Map<ConditionKind, ConditionRule> BY_KIND = new java.util.EnumMap<>(java.util.Map.of(
                ConditionKind.CERTIFICATION, new CertificationRule(),
                ConditionKind.EXAM_LATEST, new ExamScoreRule(false),
                ConditionKind.EXAM_BEST, new ExamScoreRule(true),
                ConditionKind.AUDIT_AVERAGE, new AuditAverageRule(),
                ConditionKind.NO_CRITICAL_FAILURES, new CriticalFailuresRule(),
                ConditionKind.SHADOWING_PLAN, new ShadowingPlanRule(),
                ConditionKind.ROLEPLAY_PASS_RATE, new RoleplayPassRateRule(),
                ConditionKind.TIME_IN_ROLE, new TimeInRoleRule()));

        private Rules() {
        }
    }
}
