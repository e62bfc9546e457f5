package org.firstshift.elearning.packages.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The seam for the xAPI LRS: fired (synchronously, inside the committing transaction) whenever a
 * SCORM attempt's data changes: on launch ({@code launched}), on every commit with the values the
 * SCO set in that batch, and on finish ({@code finished}). An observer can turn these into xAPI
 * statements (initialized/completed/passed/failed/terminated, scores, interactions) without
 * reading this module's tables. {@code activityId} is the package's manifest identifier with the
 * item's, so statements get stable activity ids. {@code data} is the attempt's whole CMI data after
 * the change (a SCO may report an interaction's id in one commit and its result in another).
 */
public record PackageAttemptChanged(long employeeId, String packageCode, String itemIdentifier, String activityId,
                                    long attemptId, Kind kind, List<Map.Entry<String, String>> changes,
                                    String completionStatus, String successStatus, Double scoreScaled, Instant at,
                                    Map<String, String> data) {
    public enum Kind { LAUNCHED, COMMITTED, FINISHED }
}
