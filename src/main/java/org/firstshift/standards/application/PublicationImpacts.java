package org.firstshift.standards.application;

import org.firstshift.standards.domain.StandardDiff;

import java.util.Locale;

/**
 * Implemented by every module whose content or people a standard change touches (learning today:
 * lessons, programs, refreshers), so the author's review page can show all of it without the
 * standards module knowing those modules. Discovered through CDI, like {@link RuleReferences}.
 */
public interface PublicationImpacts {
    PublicationImpact impactOf(StandardDiff diff, Locale locale);
}
