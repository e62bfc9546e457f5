package org.firstshift.elearning.packages.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a learner's SCORM 2004 sequencing keeps for a package beyond the item attempts: the
 * activity a suspendAll left the course in, and the order of the children of every cluster that
 * selects or randomises them (so a resumed learner sees the order their attempt drew).
 */
@Entity
@Table(name = "elearning_sequencing_state")
@NamedQuery(name = "SequencingState.of", query = "SELECT s FROM SequencingState s WHERE s.packageId = :packageId AND s.employeeId = :employeeId")
@NamedQuery(name = "SequencingState.ofEmployee", query = "SELECT s FROM SequencingState s WHERE s.employeeId = :employeeId")
public class SequencingState extends Identified {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "suspended_activity")
    private String suspendedActivity;

    @Column(nullable = false)
    private String arrangement;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SequencingState() {
    }

    public SequencingState(long packageId, long employeeId, Instant at) {
        this.packageId = packageId;
        this.employeeId = employeeId;
        this.arrangement = "{}";
        this.updatedAt = at;
    }

    @SuppressWarnings("unchecked")
    public Map<String, List<String>> arrangement() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Object> raw = JSON.fromJson(arrangement, LinkedHashMap.class);
        raw.forEach((k, v) -> out.put(k, ((List<Object>) v).stream().map(String::valueOf).toList()));
        return out;
    }

    public void arrange(Map<String, List<String>> order, Instant at) {
        this.arrangement = JSON.toJson(order);
        this.updatedAt = at;
    }

    /** suspendAll: the next launch resumes here. */
    public void suspend(String activityId, Instant at) {
        this.suspendedActivity = activityId;
        this.updatedAt = at;
    }

    public void resumed(Instant at) {
        suspend(null, at);
    }

    public long getPackageId() { return packageId; }
    public long getEmployeeId() { return employeeId; }
    public String getSuspendedActivity() { return suspendedActivity; }
    public Instant getUpdatedAt() { return updatedAt; }
}
