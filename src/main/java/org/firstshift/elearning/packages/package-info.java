/**
 * E-learning packages: import of SCORM 1.2, SCORM 2004 (4th edition) and cmi5 packages, their
 * files (kept in the database, so every node of a cluster serves the same bytes), the SCORM
 * run-time data model per learner attempt, the sandboxed player and the {@code package} activity
 * type, the SCORM 2004 sequencing engine ({@code domain.sequencing}) and the HR/admin view of an
 * employee's raw values. Owns the tables {@code elearning_package}, {@code elearning_package_file},
 * {@code elearning_package_item}, {@code elearning_package_attempt} and
 * {@code elearning_sequencing_state} (a learner's suspended activity and randomised order per package).
 *
 * <p>It does not build an LRS: every change of an attempt is announced as
 * {@link org.firstshift.elearning.packages.application.PackageAttemptChanged}, the seam through
 * which the xAPI module can turn SCORM data into statements. cmi5 launch waits for that LRS too;
 * cmi5 packages are imported and validated, and their AUs kept with their moveOn criteria.
 */
package org.firstshift.elearning.packages;
