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
 */
package org.firstshift.motivation;
