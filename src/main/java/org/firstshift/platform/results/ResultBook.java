package org.firstshift.platform.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a set of employees, filled by every {@link ResultSource} and read by an
 * evaluation. Only verified results belong here (audits by auditors, co-signed sign-offs,
 * exams taken under the exam's rules): sources leave out the rest.
 */
public final class ResultBook {

    /** An exam attempt that was scored (submitted or closed by its deadline). */
    public record ExamResult(long employeeId, String examCode, double scorePercent, boolean passed, Instant at) {
    }

    /** One cycle of a certification; {@code validUntil} is the last valid day, or null for no expiry. */
    public record CertificationCycle(long employeeId, String certificationCode, LocalDate validFrom,
                                     LocalDate validUntil, boolean revoked) {
        public boolean validOn(LocalDate day) {
            return !revoked && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    /** A submitted audit visit of the employee served; failed rule ids in checklist order. */
    public record AuditResult(long employeeId, long visitId, LocalDate visitDate, double scorePercent,
                              boolean criticalFailed, List<String> failedRuleIds) {
        public AuditResult {
            failedRuleIds = List.copyOf(failedRuleIds);
        }
    }

    /** A shadowing plan completed with every sign-off confirmed by the trainee. */
    public record ShadowingResult(long employeeId, String planCode, Instant completedAt) {
    }

    /** A finished role-play attempt. */
    public record RoleplayResult(long employeeId, String scenarioCode, boolean passed, Instant at) {
    }

    /** The employee's current position and since when they hold it (for time-in-role conditions). */
    public record Tenure(long employeeId, String positionCode, LocalDate since) {
    }

    private final Map<Long, Results> byEmployee = new HashMap<>();

    public void add(ExamResult result) {
        of(result.employeeId()).exams.add(result);
    }

    public void add(CertificationCycle cycle) {
        of(cycle.employeeId()).certifications.add(cycle);
    }

    public void add(AuditResult result) {
        of(result.employeeId()).audits.add(result);
    }

    public void add(ShadowingResult result) {
        of(result.employeeId()).shadowing.add(result);
    }

    public void add(RoleplayResult result) {
        of(result.employeeId()).roleplays.add(result);
    }

    public void add(Tenure tenure) {
        of(tenure.employeeId()).tenure = tenure;
    }

    /** Everything known about one employee; empty lists when nothing was added. */
    public Results of(long employeeId) {
        return byEmployee.computeIfAbsent(employeeId, id -> new Results());
    }

    /** One employee's results, in the order the sources added them. */
    public static final class Results {
        public final List<ExamResult> exams = new ArrayList<>();
        public final List<CertificationCycle> certifications = new ArrayList<>();
        public final List<AuditResult> audits = new ArrayList<>();
        public final List<ShadowingResult> shadowing = new ArrayList<>();
        public final List<RoleplayResult> roleplays = new ArrayList<>();
        public Tenure tenure;
    }
}
