/**
 * The xAPI HTTP boundary: a servlet under {@code /xapi} (outside the JAX-RS application, because xAPI
 * has its own headers, error format, multipart bodies and authentication by LRS key), and the admin
 * REST resource for LRS keys under {@code /api/xapi-keys}.
 */
package org.firstshift.elearning.xapi.api;
