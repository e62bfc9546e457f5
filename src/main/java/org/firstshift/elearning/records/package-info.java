/**
 * Keeps every learning record: FirstShift's own activities (exam attempts, certifications,
 * role-plays, shadowing sign-offs) written to the built-in xAPI LRS as statements, so the LRS
 * holds all of an employee's learning, not only what imported packages report. It owns no tables.
 * It observes the other modules' public event records ({@code ExamScored},
 * {@code CertificationGranted}, {@code RoleplayFinished}, {@code ShadowingTaskSignedOff}) after
 * their transactions succeeded, and writes through
 * {@link org.firstshift.elearning.xapi.application.LearningRecordStore} under its own module
 * authority; the producing modules know nothing of xAPI.
 */
package org.firstshift.elearning.records;
