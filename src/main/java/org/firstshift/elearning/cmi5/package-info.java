/**
 * The LMS side of xAPI: cmi5 launches of AUs (registration, LMS.LaunchData state, the one-time
 * fetch URL, the LMS's "cmi5 defined" statements and moveOn) and the bridge that writes SCORM
 * tracking data into the LRS as xAPI statements. It enforces cmi5's statement rules on the AU's
 * launch credential through the xAPI module's {@code StatementGate} SPI, launches in the Normal,
 * Browse and Review modes, lets HR and admins waive an AU, and writes "satisfied" for blocks and
 * the course. It owns the {@code cmi5_*} tables. It reads
 * packages through {@code PackageCatalog}, observes {@code PackageAttemptChanged}, and writes
 * statements and state through the xAPI module's application services only.
 */
package org.firstshift.elearning.cmi5;
