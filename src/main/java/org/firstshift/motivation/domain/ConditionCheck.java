package org.firstshift.motivation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of one condition for one employee, with the values it used (so the explanation and
 * the API can show them). Which fields mean what depends on the kind:
 * <ul>
 *   <li>certification: {@code date} = valid until (null = no expiry, or the last expiry when not valid), {@code count} = 1 when one was ever held</li>
 *   <li>exams: {@code value} = the score used (null = no scored attempt)</li>
 *   <li>audit average: {@code value} = the average (null = no visit), {@code count} = visits in the window, {@code missed} = failed rules in it, most often first</li>
 *   <li>critical failures: {@code count} = visits in the window that failed a critical rule, {@code of} = visits in the window</li>
 *   <li>shadowing plan: {@code date} = completed on</li>
 *   <li>role-play: {@code value} = pass rate, {@code count} = passed, {@code of} = attempts in the window</li>
 *   <li>time in role: {@code count} = whole months, {@code date} = in the role since</li>
 * </ul>
 */
public record ConditionCheck(Condition condition, boolean met, Double value, int count, int of, LocalDate date,
                             List<RuleMiss> missed) {

    public ConditionCheck {
        missed = missed == null ? List.of() : List.copyOf(missed);
    }

    /** A rule failed in {@code visits} of {@code of} audit visits of the window. */
    public record RuleMiss(String ruleId, int visits, int of) {
    }

    /** The value as a whole percent, for texts (null when there is none). */
    public Integer percent() {
        return value == null ? null : (int) Math.round(value);
    }
}
