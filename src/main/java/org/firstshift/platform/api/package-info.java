/**
 * What every REST resource shares: the {@code /api} application, role enforcement that fails
 * closed, and problem+json error answers that list every problem with where it is.
 */
package org.firstshift.platform.api;
