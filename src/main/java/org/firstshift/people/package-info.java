/**
 * People and organisation: employees (hire date, position, store, language, pay grade), positions,
 * locations, pay grades and who mentors whom. Owns the {@code organisation.yaml} and
 * {@code people.yaml} content files, the HR/admin pages to manage people, CSV import with a
 * validation report, and {@code /api/me} and {@code /api/employees}. Every change goes to the
 * audit trail.
 */
package org.firstshift.people;
