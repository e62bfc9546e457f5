package org.firstshift.standards.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;

/** The content of a rule as one value, from a file or a form. */
public record RuleDraft(String code, RuleKind kind, LocalizedText statement, List<String> positions,
                        List<RulePhrase> phrases) {
    public RuleDraft {
        positions = positions == null ? List.of() : List.copyOf(positions);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }
}
