/**
 * Learning: courses of lessons built from the service standard (Markdown, sanitised; knowledge
 * checks), programs (learning paths) of activities with prerequisites and due days counted from
 * the hire date, assigned automatically by position and location, progress per learner, and
 * refreshers when a standard changes (HR's completion views and exports live in
 * {@code org.firstshift.reporting}, which reads through {@code Enrolments} and {@code Progress}). Owns
 * {@code content/<company>/courses/*.yaml} and {@code programs.yaml}; registers the {@code lesson}
 * activity type; serves {@code /api/me/program}. {@code Assignments} gives one employee an activity
 * outside programs (e.g. remediation after a store audit) with a due date, reason and source; it is
 * done when {@code Progress} records the activity completed (table {@code learning_assignment}, V13).
 */
package org.firstshift.learning;
