/**
 * Plugging FirstShift into the company's other systems (issue #11):
 * <ul>
 *   <li>API tokens, personal and service, that the platform's single authentication mechanism
 *       accepts as {@code Authorization: Bearer} on {@code /api} and {@code /scim/v2} (through the
 *       platform's {@link org.firstshift.platform.security.BearerTokens} hook);</li>
 *   <li>a SCIM 2.0 service provider at {@code /scim/v2} ({@code scim} package) that provisions
 *       employees through the people module's application services;</li>
 *   <li>webhooks: every {@link org.firstshift.platform.results.EmployeeResultEvent} becomes an
 *       outbox row per subscribed receiver, sent signed, retried with back-off, once per cluster;</li>
 *   <li>an LTI 1.3 tool ({@code lti} package): other learning platforms launch FirstShift activities,
 *       pick them by deep linking and receive scores.</li>
 * </ul>
 * Owns the {@code integration_*} tables (V15, V18). It reads people and accounts only through the
 * people module's and the platform's services.
 */
package org.firstshift.integration;
