/**
 * Motivation tiers and pay grades, explained in plain language.
 * <ul>
 *   <li>domain: tier schemes as data ({@code TierScheme}, {@code Tier}, {@code Condition}) with their
 *       validation (ordered, pay grades rising, no unreachable tier: see {@code TierScheme}); one small
 *       {@code ConditionRule} per condition kind; the pure {@code TierEvaluator} (scheme + results +
 *       day = evaluation), {@code WhatIf} on hypothetical results and the en/ru {@code Explainer};
 *       stored evaluations with their facts, pay-grade eligibility records ({@code TierChange}) and
 *       appeals.</li>
 *   <li>application: scheme versions ({@code TierSchemes}, {@code tiers.yaml} via {@code TiersContent}),
 *       evaluation from every {@code platform.results.ResultSource} ({@code TierEvaluations}), re-evaluation
 *       on result events ({@code ResultListener}) and nightly ({@code NightlyRecomputation}), approvals,
 *       appeals, payroll export.</li>
 *   <li>api: {@code /api/me/tier}, {@code /api/employees/{id}/tier}, {@code /api/tier-changes},
 *       {@code /api/tier-appeals}, {@code /api/tier-schemes}, {@code /api/payroll/pay-grade-changes}.</li>
 *   <li>web: the employee's tier card ({@code /learner/tier.xhtml}) and HR's tiers page ({@code /hr/tiers.xhtml}).</li>
 * </ul>
 * It reads other modules only through their application services, the results SPI and events.
 *
 * <p><b>Only verified results count.</b> Each source leaves out what is not verified:
 * shadowing ({@code ShadowingResults}) counts a plan only when complete by sign-offs the trainee
 * confirmed (co-signed), ignores rows that no longer read as records, and keeps no plan that was
 * never complete; role-play ({@code RoleplayResults}) hands finished attempts only (practice the
 * learner runs alone, so a scheme should weigh it lightly); people ({@code TenureResults}) gives
 * the hire date as "in role since" (no date of the last move is kept) and nothing for inactive
 * employees; exams hand scored attempts only, certification every cycle as it stood at the time
 * (revoked ones marked), audits only visits recorded or imported by auditors, in their current
 * version. Anything a source leaves out never reaches the evaluation.</p>
 */
package org.firstshift.motivation;
