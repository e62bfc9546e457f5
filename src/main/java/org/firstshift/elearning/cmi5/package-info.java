/**
 * The LMS side of xAPI: cmi5 launches of AUs (registration, LMS.LaunchData state, the one-time
 * fetch URL, the LMS's "cmi5 defined" statements and moveOn) and the bridge that writes SCORM
 * tracking data into the LRS as xAPI statements. It owns the {@code cmi5_*} tables. It reads
 * packages through {@code PackageCatalog}, observes {@code PackageAttemptChanged}, and writes
 * statements and state through the xAPI module's application services only.
 */
package org.firstshift.elearning.cmi5;
