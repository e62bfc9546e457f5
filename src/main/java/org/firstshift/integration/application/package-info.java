/** Use cases: issue and check tokens, register hooks, queue and send deliveries. */
package org.firstshift.integration.application;
