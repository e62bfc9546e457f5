package org.firstshift.standards.domain;

/**
 * How binding a rule is. Hard rules must always be followed and are checked; recommended rules
 * describe good practice; forbidden rules name actions and phrases that must never happen.
 */
public enum RuleKind {
    HARD, RECOMMENDED, FORBIDDEN
}
