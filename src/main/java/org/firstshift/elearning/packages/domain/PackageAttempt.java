package org.firstshift.elearning.packages.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.elearning.packages.domain.scorm.CmiModel;
import org.firstshift.platform.persistence.Identified;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's attempt on one SCO of a package: the whole data model as JSON, the statuses copied
 * out of it, and the launch token that lets the sandboxed content fetch the package's files
 * (the content runs without the LMS's cookies, see the player). A new token per launch.
 */
@Entity
@Table(name = "elearning_package_attempt")
@NamedQuery(name = "PackageAttempt.latest", query = "SELECT a FROM PackageAttempt a WHERE a.employeeId = :employeeId "
        + "AND a.packageId = :packageId AND a.itemSeq = :itemSeq ORDER BY a.startedAt DESC, a.id DESC")
@NamedQuery(name = "PackageAttempt.ofEmployee", query = "SELECT a FROM PackageAttempt a WHERE a.employeeId = :employeeId ORDER BY a.startedAt")
@NamedQuery(name = "PackageAttempt.byToken", query = "SELECT a FROM PackageAttempt a WHERE a.launchToken = :token")
public class PackageAttempt extends Identified {
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "item_seq", nullable = false, updatable = false)
    private int itemSeq;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "launch_token", nullable = false)
    private String launchToken;

    @Column(nullable = false)
    private String cmi;

    @Column(name = "lesson_status")
    private String lessonStatus;

    @Column(name = "completion_status")
    private String completionStatus;

    @Column(name = "success_status")
    private String successStatus;

    @Column(name = "score_raw")
    private Double scoreRaw;

    @Column(name = "score_scaled")
    private Double scoreScaled;

    @Column(nullable = false)
    private int commits;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PackageAttempt() {
    }

    public PackageAttempt(long packageId, int itemSeq, long employeeId, CmiModel model, Instant at) {
        this.packageId = packageId;
        this.itemSeq = itemSeq;
        this.employeeId = employeeId;
        this.startedAt = at;
        store(model, at);
        relaunch();
    }

    /** A fresh unguessable token for a new launch; the previous one stops working. */
    public String relaunch() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        launchToken = HexFormat.of().formatHex(b);
        return launchToken;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> values() {
        return new LinkedHashMap<>(JSON.fromJson(cmi, LinkedHashMap.class));
    }

    public CmiModel model(PackageKind kind) {
        return new CmiModel(kind, values());
    }

    public void store(CmiModel model, Instant at) {
        this.cmi = JSON.toJson(new java.util.TreeMap<>(model.values()));
        CmiModel.Status s = model.status();
        this.lessonStatus = s.lessonStatus();
        this.completionStatus = s.completion();
        this.successStatus = s.success();
        this.scoreRaw = s.scoreRaw();
        this.scoreScaled = s.scoreScaled();
        this.updatedAt = at;
        this.commits++;
    }

    /** Blanks what the learner wrote (comments, responses, suspend data); statuses and scores stay. */
    public void erase(CmiModel blank) {
        this.cmi = JSON.toJson(new java.util.TreeMap<>(blank.values()));
    }

    public long getPackageId() { return packageId; }
    public int getItemSeq() { return itemSeq; }
    public long getEmployeeId() { return employeeId; }
    public String getLaunchToken() { return launchToken; }
    public String getLessonStatus() { return lessonStatus; }
    public String getCompletionStatus() { return completionStatus; }
    public String getSuccessStatus() { return successStatus; }
    public Double getScoreRaw() { return scoreRaw; }
    public Double getScoreScaled() { return scoreScaled; }
    public int getCommits() { return commits; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
