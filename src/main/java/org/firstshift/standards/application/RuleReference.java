package org.firstshift.standards.application;

/**
 * Something in another module that refers to a rule id: a lesson, a scenario choice, an exam
 * item, an audit line. {@code link} is an application path to open it, or null.
 */
public record RuleReference(String kind, String code, String title, String link) {
}
