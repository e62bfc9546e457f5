/** REST boundary of the people module: {@code /api/me}, {@code /api/employees}, {@code /api/organisation}. */
package org.firstshift.people.api;
