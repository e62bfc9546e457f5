/** REST boundary of learning: {@code /api/me/program} and {@code /api/me/lessons/{code}/check}. */
package org.firstshift.learning.api;
