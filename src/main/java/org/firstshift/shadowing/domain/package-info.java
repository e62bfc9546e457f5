/**
 * The shadowing model: plans and tasks (content), shadow shifts, the append-only chain of records
 * ({@link org.firstshift.shadowing.domain.ShadowingRecord}) with its canonical form and hash
 * ({@link org.firstshift.shadowing.domain.RecordContent}, {@link org.firstshift.shadowing.domain.HashChain}),
 * the completion rules ({@link org.firstshift.shadowing.domain.PlanProgress}), photos and trainee PINs.
 */
package org.firstshift.shadowing.domain;
