package org.firstshift.certification.domain;

import java.time.LocalDate;

/** A cycle's (and its certificate's) status on a day, computed from its dates, never stored. */
public enum CycleStatus {
    /** covers the day */
    VALID,
    /** a renewal that starts after the current cycle ends */
    UPCOMING,
    /** ended and a later cycle continued it */
    SUPERSEDED,
    /** ended and nothing continued it */
    EXPIRED,
    /** withdrawn by HR */
    REVOKED;

    public static CycleStatus of(LocalDate validFrom, LocalDate validUntil, boolean revoked, boolean continued,
                                 LocalDate day) {
        if (revoked) {
            return REVOKED;
        }
        if (day.isBefore(validFrom)) {
            return UPCOMING;
        }
        if (day.isAfter(validUntil)) {
            return continued ? SUPERSEDED : EXPIRED;
        }
        return VALID;
    }
}
