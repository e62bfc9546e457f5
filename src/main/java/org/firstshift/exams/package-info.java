/**
 * Certification exams: question banks, exam blueprints, durable attempts and item analysis.
 * Publishes {@link org.firstshift.exams.application.ExamPassed} for the certification module.
 */
package org.firstshift.exams;
