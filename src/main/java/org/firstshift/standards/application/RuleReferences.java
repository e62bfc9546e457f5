package org.firstshift.standards.application;

import java.util.List;
import java.util.Locale;

/**
 * Implemented by every module whose content points at rule ids, so one page can show everything
 * that teaches, practises, tests or checks a rule. Discovered through CDI.
 */
public interface RuleReferences {
    List<RuleReference> referencesTo(String ruleCode, Locale locale);
}
