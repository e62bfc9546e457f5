package org.firstshift.standards.application;

import org.firstshift.standards.domain.StandardDiff;

/**
 * A new version of a standard was published. Learning listens to assign refreshers for the
 * changed rules; audits and exams may flag items that test changed rules.
 */
public record StandardPublished(String standardCode, int version, int previousVersion, StandardDiff diff) {
    public boolean isFirst() {
        return previousVersion == 0;
    }
}
