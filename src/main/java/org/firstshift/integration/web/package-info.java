/** Pages: a person's own tokens (profile), service tokens and webhooks (admin). */
package org.firstshift.integration.web;
