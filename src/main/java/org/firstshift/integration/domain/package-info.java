/** Tokens, the SCIM link of an employee, webhooks and their deliveries. */
package org.firstshift.integration.domain;
