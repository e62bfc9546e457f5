/**
 * E-learning standards, one module each: {@code xapi} (the built-in learning record store),
 * {@code packages} (SCORM 1.2 and 2004 import, run-time data model, sequencing, player), {@code cmi5}
 * (course import, launch and its statement rules) and {@code records} (FirstShift's own activities
 * written to the LRS). The LRS knows none of the others: they reach it through its public store and
 * the {@code StatementGate} SPI, so a module can be left out without touching the store.
 */
package org.firstshift.elearning;
