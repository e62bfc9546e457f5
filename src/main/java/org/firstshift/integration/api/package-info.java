/** REST resources for tokens and webhooks, and the OpenAPI filter that names each operation's roles. */
package org.firstshift.integration.api;
