/**
 * Certifications and their certificates: what an employee is certified for, until when, and the
 * proof of it that anyone can check.
 * <ul>
 *   <li><b>Certifications</b> (content, {@code certifications.yaml}): validity period,
 *       recertification window and reminder schedule; the same file may import cycles held before
 *       FirstShift.</li>
 *   <li><b>Cycles</b>: passing an exam that grants a certification
 *       ({@link org.firstshift.exams.application.ExamPassed}) starts a cycle, or renews one inside
 *       the recertification window (the new cycle continues from the old expiry). Cycles are never
 *       deleted or overwritten: each keeps the attempt that earned it. A daily job closes lapsed
 *       cycles and sends reminders once (safe on two nodes at once); status on read is computed
 *       from the dates, so nobody waits for the job.</li>
 *   <li><b>Certificates</b>: one per cycle, with an unguessable verification code, a PDF with a QR
 *       code to the public page {@code /verify/{code}}, and an Open Badges 3.0 credential signed as
 *       a VC-JWT with a server key published as JWKS.</li>
 * </ul>
 * Announces {@link org.firstshift.certification.application.CertificationGranted} and
 * {@link org.firstshift.certification.application.CertificationLapsed}; hands cycles to
 * evaluations as a {@link org.firstshift.platform.results.ResultSource}.
 */
package org.firstshift.certification;
