/**
 * Shadowing use cases: plans from content, shifts scheduled by HR, sign-offs by mentors (authorised
 * per trainee and day, idempotent by the phone's client id), corrections and confirmations appended
 * to each trainee's hash chain, PINs, progress reported to the learning module, chain verification
 * and the HR dashboards.
 */
package org.firstshift.shadowing.application;
