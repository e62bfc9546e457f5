package org.firstshift.shadowing.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;

/**
 * A task as written by an author: what to do, what the mentor watches for, the rule ids it
 * observes and how many independent repetitions it needs.
 */
public record TaskDraft(String code, LocalizedText title, LocalizedText watchFor, List<String> rules, int repetitions) {
    public TaskDraft {
        if (code == null || !code.matches(ShadowingPlan.CODE_PATTERN)) {
            throw new IllegalArgumentException("task id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        if (title == null) {
            throw new IllegalArgumentException("task " + code + " needs a title");
        }
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("task " + code + " must name at least one rule id of the standard");
        }
        if (repetitions < 1 || repetitions > 20) {
            throw new IllegalArgumentException("task " + code + " needs 1 to 20 repetitions, not " + repetitions);
        }
        rules = List.copyOf(rules);
    }
}
