/**
 * The built-in xAPI learning record store (LRS) under {@code /xapi}: statements (validated exactly
 * against the xAPI data model, immutable, voidable), the document resources (state, activity and
 * agent profiles), LRS keys made by admins and per-launch credentials other modules issue (cmi5
 * style). It owns the {@code xapi_*} tables. Other modules write statements through
 * {@link org.firstshift.elearning.xapi.application.LearningRecordStore} and issue launch credentials
 * through {@link org.firstshift.elearning.xapi.application.LaunchCredentials}; they never read the
 * tables.
 */
package org.firstshift.elearning.xapi;
