/**
 * Single sign-on with the company's OpenID Connect provider (switched on by
 * {@code firstshift.oidc.enabled}). The authorization-code flow with PKCE runs in two steps:
 * {@code GET /oidc/login} remembers state, nonce, code verifier and the requested page in the HTTP
 * session and sends the browser to the provider; {@code GET /oidc/callback} checks the state,
 * exchanges the code at the token endpoint and validates the ID token (signature against the
 * provider's published keys, issuer, audience, expiry, nonce).
 * <p>
 * SSO never creates people: the token's user name must belong to an active FirstShift account
 * that HR created. The session then holds that account's roles plus the roles that the token's
 * groups claim maps to ({@link org.firstshift.platform.security.oidc.RoleMapping}). The one
 * authentication mechanism, {@link org.firstshift.platform.security.FirstShiftAuthentication},
 * calls {@link org.firstshift.platform.security.oidc.CompanySignIn} for the callback and keeps the
 * result in the session exactly as it does for a password sign-in.
 */
package org.firstshift.platform.security.oidc;
