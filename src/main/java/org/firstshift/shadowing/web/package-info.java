/**
 * Shadowing pages: the mentor's phone-first sign-off page (rendered here, sent by a small offline
 * queue in {@code resources/js/shadowing-signoff.js} to the REST API), the trainee's progress and
 * confirmation page, fragments for the learner and mentor homes, HR's shifts and dashboards, the
 * authors' read-only plans and the admins' chain check.
 */
package org.firstshift.shadowing.web;
