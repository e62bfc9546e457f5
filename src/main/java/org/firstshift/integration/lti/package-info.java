/**
 * FirstShift as an LTI 1.3 tool: another learning platform (Moodle, Canvas, an intranet portal)
 * launches FirstShift activities, picks them with Deep Linking and receives their scores through
 * Assignment and Grade Services.
 * <ul>
 *   <li>{@code /lti/login}: third-party initiated login; a fresh state and nonce are stored
 *       ({@link org.firstshift.integration.domain.LtiLogin}) and the browser is sent to the
 *       platform's authorization endpoint;</li>
 *   <li>{@code /lti/launch}: the platform's id_token (form_post) is checked by {@link
 *       org.firstshift.integration.lti.LaunchCheck} (signature against the platform's JWKS, issuer,
 *       audience, azp, expiry, issued-at, nonce used once, deployment, message type and version),
 *       through the platform's {@link org.firstshift.platform.security.LaunchSignIn} hook, so that a
 *       resource-link launch signs the employee in like any other sign-in;</li>
 *   <li>{@code /lti/deep-link}: the picker behind an LtiDeepLinkingRequest, answering with a
 *       signed LtiDeepLinkingResponse;</li>
 *   <li>{@code /lti/jwks}: the tool's public keys ({@link org.firstshift.integration.lti.ToolKeys});</li>
 *   <li>grade pass-back: every change of the result of an activity that was launched from a line
 *       item (a first score, a better one, the completion) becomes an outbox row ({@link
 *       org.firstshift.integration.domain.LtiScore}) sent with a client-credentials token obtained by
 *       a signed JWT assertion; the outbox machinery is shared with the webhooks ({@link
 *       org.firstshift.integration.application.Outbox}).</li>
 * </ul>
 * People are never created here: a launch links to an existing, active employee by the e-mail
 * address in the token. Activities are found through the learning module's programs.
 */
package org.firstshift.integration.lti;
