/**
 * The shadowing REST API (a contract; see the README): the learner's own shadowing and
 * confirmations, the mentor's trainees of the day, sign-offs (idempotent by the phone's client id,
 * photos as base64 in the JSON), confirmation with a PIN, shifts for HR, plans, the HR report and
 * chain verification for admins. Who may see or write what is decided per trainee in the
 * application layer; roles are declared here and enforced by the platform.
 */
package org.firstshift.shadowing.api;
