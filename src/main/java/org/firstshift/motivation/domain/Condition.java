package org.firstshift.motivation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a tier, as data. Unused numbers are 0.
 *
 * @param kind      what it looks at
 * @param subject   certification, exam or plan code (kinds that need one), else null
 * @param threshold minimum percent (exams, audits, role-plays) or minimum months (time in role)
 * @param lastN     window: the last N audit visits / role-play attempts (0 = not by count)
 * @param months    window: the last M months of audits (0 = not by months)
 * @param minCount  role-plays: at least this many finished attempts in the window; audits by
 *                  months: at least this many visits (default 1)
 */
public record Condition(ConditionKind kind, String subject, int threshold, int lastN, int months, int minCount) {

    public Condition {
        Objects.requireNonNull(kind, "kind");
    }

    public static Condition of(ConditionKind kind, String subject) {
        return new Condition(kind, subject, 0, 0, 0, 0);
    }

    public static Condition auditAverage(int minPercent, int lastVisits) {
        return new Condition(ConditionKind.AUDIT_AVERAGE, null, minPercent, lastVisits, 0, 0);
    }

    public static Condition auditAverageMonths(int minPercent, int months) {
        return new Condition(ConditionKind.AUDIT_AVERAGE, null, minPercent, 0, months, 1);
    }

    public static Condition noCriticalFailures(int lastVisits, int months) {
        return new Condition(ConditionKind.NO_CRITICAL_FAILURES, null, 0, lastVisits, months, 0);
    }

    public static Condition examBest(String exam, int minPercent) {
        return new Condition(ConditionKind.EXAM_BEST, exam, minPercent, 0, 0, 0);
    }

    public static Condition examLatest(String exam, int minPercent) {
        return new Condition(ConditionKind.EXAM_LATEST, exam, minPercent, 0, 0, 0);
    }

    public static Condition roleplayPassRate(int minPercent, int lastAttempts, int minAttempts) {
        return new Condition(ConditionKind.ROLEPLAY_PASS_RATE, null, minPercent, lastAttempts, 0, minAttempts);
    }

    public static Condition timeInRole(int minMonths) {
        return new Condition(ConditionKind.TIME_IN_ROLE, null, minMonths, 0, 0, 0);
    }

    /**
     * What makes two conditions "the same condition" for comparing tiers: kind, subject and
     * window. Two conditions with the same key differ only in how much they ask.
     */
    public String key() {
        return kind.yamlName() + "|" + (subject == null ? "" : subject) + "|" + lastN + "|" + months;
    }

    /** Same key and asks at least as much (threshold and minimum count not lower). */
    public boolean atLeastAsStrictAs(Condition other) {
        return key().equals(other.key()) && threshold >= other.threshold && minCount >= other.minCount;
    }

    /** Same key and asks strictly more. */
    public boolean stricterThan(Condition other) {
        return atLeastAsStrictAs(other) && (threshold > other.threshold || minCount > other.minCount);
    }

    /** Problems of this condition on its own: a condition nobody can meet, or one missing a value. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (kind.needsSubject() && (subject == null || subject.isBlank())) {
            p.add(kind.yamlName() + " needs a code (" + subjectName() + ")");
        }
        if (!kind.needsSubject() && subject != null) {
            p.add(kind.yamlName() + " takes no code");
        }
        switch (kind) {
            case EXAM_LATEST, EXAM_BEST, AUDIT_AVERAGE, ROLEPLAY_PASS_RATE -> {
                if (threshold < 1 || threshold > 100) {
                    p.add(kind.yamlName() + ": min_percent must be between 1 and 100, not " + threshold
                            + (threshold > 100 ? " (nobody could ever meet it)" : ""));
                }
            }
            case TIME_IN_ROLE -> {
                if (threshold < 1 || threshold > 600) {
                    p.add("time_in_role: min_months must be between 1 and 600, not " + threshold);
                }
            }
            default -> {
                if (threshold != 0) {
                    p.add(kind.yamlName() + " takes no threshold");
                }
            }
        }
        if (kind.hasWindow()) {
            if ((lastN > 0) == (months > 0)) {
                p.add(kind.yamlName() + " needs exactly one window: last_visits or months");
            }
            if (lastN < 0 || months < 0 || lastN > 100 || months > 120) {
                p.add(kind.yamlName() + ": the window must be 1-100 visits or 1-120 months");
            }
        } else if (kind == ConditionKind.ROLEPLAY_PASS_RATE) {
            if (lastN < 1 || lastN > 100) {
                p.add("roleplay_pass_rate: last_attempts must be between 1 and 100, not " + lastN);
            } else if (minCount < 1 || minCount > lastN) {
                p.add("roleplay_pass_rate: min_attempts must be between 1 and last_attempts (" + lastN + "), not " + minCount
                        + (minCount > lastN ? " (nobody could ever meet it)" : ""));
            }
        } else if (lastN != 0 || months != 0) {
            p.add(kind.yamlName() + " takes no window");
        }
        return p;
    }

    private String subjectName() {
        return switch (kind) {
            case CERTIFICATION -> "certification";
            case EXAM_BEST, EXAM_LATEST -> "exam";
            case SHADOWING_PLAN -> "plan";
            default -> "code";
        };
    }
}
