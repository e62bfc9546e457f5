/**
 * Mystery-shopper audits: checklists generated from a standard version (one line per rule or a
 * line covering several rule ids, with weight, critical flag and scale; authors adjust and publish
 * versions), visits recorded line by line on a phone by auditors or imported from agency
 * spreadsheets (CSV or XLSX, with a column mapping saved per agency, streamed, all-or-nothing),
 * scores per visit, employee, store and rule, and remediation: failed lines assign the lessons and
 * role-play scenarios that teach the same rules (through the learning module's
 * {@code Assignments}) and notify the mentor. Each submitted visit fires
 * {@link org.firstshift.audits.application.AuditSubmitted}; verified visits feed the
 * {@link org.firstshift.platform.results.ResultBook} through
 * {@link org.firstshift.audits.application.AuditResults}.
 * Owns the tables {@code audit_*} (migration V10).
 */
package org.firstshift.audits;
