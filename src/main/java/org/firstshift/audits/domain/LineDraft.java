package org.firstshift.audits.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;

/** A checklist line as an author or a content file describes it. */
public record LineDraft(String code, LocalizedText title, List<String> rules, int weight, boolean critical,
                        Scale scale, boolean naAllowed) {
    public static final int MAX_WEIGHT = 10;

    public LineDraft {
        rules = List.copyOf(rules);
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 1 to " + MAX_WEIGHT + ", not " + weight);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a line must name at least one rule id");
        }
    }
}
