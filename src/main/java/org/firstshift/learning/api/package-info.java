/** REST boundary of learning: {@code /api/me/program}. */
package org.firstshift.learning.api;
