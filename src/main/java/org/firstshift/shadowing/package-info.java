/**
 * Mentor-led shadowing: a trainee works real shifts beside a mentor, who signs off the tasks of a
 * shadowing plan on a phone, on the floor, even with a weak signal.
 * <ul>
 *   <li><b>Plans</b> (content, per position): tasks, each tied to rule ids of the published standard,
 *       with a number of repetitions that must be observed.</li>
 *   <li><b>Shifts</b>: HR schedules a trainee's shadow shift with a mentor (date, store, hours); a
 *       mentor may sign off only a trainee they mentor <em>and</em> shadow on that day.</li>
 *   <li><b>Sign-offs, corrections and confirmations</b>: one append-only record, hash-chained per
 *       trainee, so any later change or removal is detected by {@code GET /api/shadowing/verify}.</li>
 * </ul>
 * A task is complete when it has at least its required repetitions rated INDEPENDENTLY and confirmed
 * by the trainee; the plan is complete when every task is. Completion is reported to the learning
 * module as the {@code shadowing} activity and announced as
 * {@link org.firstshift.shadowing.application.ShadowingPlanCompleted}.
 */
package org.firstshift.shadowing;
