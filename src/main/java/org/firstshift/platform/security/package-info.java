/**
 * Who may do what. Accounts with PBKDF2 password hashes form the database identity store; one
 * HTTP authentication mechanism serves form sign-in for pages (session) and HTTP Basic for the API
 * (no session). Roles are {@link org.firstshift.platform.security.Role}; pages are guarded by
 * {@code web.xml} constraints per folder and resources by {@code @RolesAllowed}, enforced by
 * {@link org.firstshift.platform.api.RolesAllowedFeature} with 401 for anonymous callers and 403
 * for the wrong role. {@link org.firstshift.platform.security.RoleGrants} decides who may grant
 * which roles and look after whose login (HR: learners and mentors only). A signed-in session is
 * checked against its account on every request (deactivation and role changes apply at once) and
 * ends after an absolute lifetime; {@link org.firstshift.platform.security.DemoPasswordWarning}
 * warns when demo passwords are live at an https address.
 */
package org.firstshift.platform.security;
