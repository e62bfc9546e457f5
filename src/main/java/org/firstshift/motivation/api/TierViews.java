package org.firstshift.motivation.api;

import org.firstshift.motivation.domain.TierAppeal;
import org.firstshift.motivation.domain.TierChange;

import java.time.Instant;
import java.time.LocalDate;

/** JSON shapes of the motivation API that are not a tier card. */
public final class TierViews {
    private TierViews() {
    }

    public record ChangeView(long id, long employeeId, String employeeName, String fromTier, String fromGrade, String toTier,
                      String toGrade, LocalDate effectiveFrom, String status, String reason, String decidedBy, Instant decidedAt) {
    }

    public record AppealView(long id, long employeeId, String employeeName, long evaluationId, String comment, String status,
                      String resolution, String resolvedBy, Instant createdAt) {
    }

    public static ChangeView change(TierChange c, String name) {
        return new ChangeView(c.getId(), c.getEmployeeId(), name, c.getFromTier(), c.getFromGrade(), c.getToTier(), c.getToGrade(),
                c.getEffectiveFrom(), c.getStatus().name(), c.getReason(), c.getDecidedBy(), c.getDecidedAt());
    }

    public static AppealView appeal(TierAppeal a, String name) {
        return new AppealView(a.getId(), a.getEmployeeId(), name, a.getEvaluationId(), a.getComment(), a.getStatus().name(),
                a.getResolution(), a.getResolvedBy(), a.getCreatedAt());
    }
}
