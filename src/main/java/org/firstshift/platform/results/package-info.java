/**
 * Results about employees that other modules react to without being called: the contract between
 * the modules that produce verified results (exams, certification, audits, shadowing, role-play)
 * and those that consume them (motivation tiers, webhooks).
 * <ul>
 *   <li>{@link org.firstshift.platform.results.EmployeeResultEvent}: every module's result event
 *       implements it, so a consumer can observe them all with one observer method; producers
 *       fire synchronously inside the writing transaction and consumers that act use
 *       {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.</li>
 *   <li>{@link org.firstshift.platform.results.ResultSource}: the SPI by which a producing module
 *       hands its results, for many employees at once, to an evaluation ({@link
 *       org.firstshift.platform.results.ResultBook}).</li>
 * </ul>
 * The records here are plain values: a consumer never reaches into a producer's tables.
 */
package org.firstshift.platform.results;
