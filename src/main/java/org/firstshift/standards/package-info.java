/**
 * Service standards: the company's rules of customer service (greeting, needs discovery,
 * objections, forbidden actions...), versioned, each rule with a stable id that lessons,
 * scenarios, exam items and audit lines refer to. Owns {@code content/<company>/standards/*.yaml},
 * the author pages to edit and publish standards, traceability of a rule id through every module
 * ({@link org.firstshift.standards.application.RuleReferences}), and {@code /api/standards}.
 * Publishing announces {@link org.firstshift.standards.application.StandardPublished} with the diff.
 */
package org.firstshift.standards;
