/** REST boundary of standards: {@code /api/standards}, {@code /api/standards/{id}/rules}. */
package org.firstshift.standards.api;
