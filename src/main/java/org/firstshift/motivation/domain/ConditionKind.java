package org.firstshift.motivation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a tier condition looks at. Each kind is evaluated by one small {@link ConditionRule}; the
 * names are the {@code kind:} values of {@code tiers.yaml}.
 */
public enum ConditionKind {
    /** A certification (subject = its code) valid on the day of evaluation. */
    CERTIFICATION("certification", true, false),
    /** The latest scored attempt of an exam (subject = exam code) reaches {@code min_percent}. */
    EXAM_LATEST("exam_latest", true, true),
    /** The best scored attempt of an exam (subject = exam code) reaches {@code min_percent}. */
    EXAM_BEST("exam_best", true, true),
    /** The average audit score over a window (last N visits or M months) reaches {@code min_percent}. */
    AUDIT_AVERAGE("audit_average", false, true),
    /** No audit in the window (last N visits or M months) failed a critical rule. */
    NO_CRITICAL_FAILURES("no_critical_failures", false, false),
    /** A shadowing plan (subject = plan code) completed with co-signed sign-offs. */
    SHADOWING_PLAN("shadowing_plan", true, false),
    /** The share of passed role-play attempts among the last N finished ones reaches {@code min_percent}. */
    ROLEPLAY_PASS_RATE("roleplay_pass_rate", false, true),
    /** Whole months in the current position reach {@code min_months}. */
    TIME_IN_ROLE("time_in_role", false, true);

    private final String yamlName;
    private final boolean needsSubject;
    private final boolean hasThreshold;

    ConditionKind(String yamlName, boolean needsSubject, boolean hasThreshold) {
        this.yamlName = yamlName;
        this.needsSubject = needsSubject;
        this.hasThreshold = hasThreshold;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean needsSubject() {
        return needsSubject;
    }

    public boolean hasThreshold() {
        return hasThreshold;
    }

    public boolean hasWindow() {
        return this == AUDIT_AVERAGE || this == NO_CRITICAL_FAILURES;
    }

    public static Optional<ConditionKind> byYamlName(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }
}
