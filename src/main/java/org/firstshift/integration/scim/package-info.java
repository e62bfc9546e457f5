/**
 * SCIM 2.0 service provider (RFC 7643/7644) at {@code /scim/v2}, served by one servlet
 * ({@link org.firstshift.integration.scim.ScimServlet}) rather than a second JAX-RS application:
 * a second {@code Application} in this WAR would also pick up every {@code /api} resource (and
 * {@code /api} would pick up SCIM's), and SCIM wants its own error format and media type anyway.
 * <p>
 * Users are employees (userName = their login, employeeNumber = personnel number); Groups are
 * FirstShift's roles, so an HR system can give people the MENTOR or HR role by group membership
 * (ADMIN cannot be granted through SCIM). Provisioning goes through the people module's
 * {@code People} service, which fires {@code EmployeeChanged}, so programs are re-evaluated.
 * Deleting a user deactivates the employee; history stays.
 */
package org.firstshift.integration.scim;
