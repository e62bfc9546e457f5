package org.firstshift.elearning.cmi5.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One launch of a cmi5 AU for a learner. The fetch URL's key is handed out once at launch; only its
 * hash is stored, and it works once ({@link #fetch}). A session ends when the AU terminates it, or
 * when a newer launch in the same registration finds it still open (abandoned).
 */
@Entity
@Table(name = "cmi5_session")
@NamedQuery(name = "Cmi5Session.byFetchHash", query = "SELECT s FROM Cmi5Session s WHERE s.fetchHash = :hash")
@NamedQuery(name = "Cmi5Session.byContentToken", query = "SELECT s FROM Cmi5Session s WHERE s.contentToken = :token")
@NamedQuery(name = "Cmi5Session.bySessionId", query = "SELECT s FROM Cmi5Session s WHERE s.sessionId = :sessionId")
@NamedQuery(name = "Cmi5Session.ofLearner", query = "SELECT s FROM Cmi5Session s WHERE s.employeeId = :employeeId "
        + "AND s.packageCode = :packageCode ORDER BY s.launchedAt, s.id")
@NamedQuery(name = "Cmi5Session.ofAuInRegistration", query = "SELECT s FROM Cmi5Session s WHERE s.registration = :registration "
        + "AND s.auSeq = :auSeq")
@NamedQuery(name = "Cmi5Session.ofEmployee", query = "SELECT s FROM Cmi5Session s WHERE s.employeeId = :employeeId ORDER BY s.launchedAt")
public class Cmi5Session extends Identified {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long after launch the fetch URL still answers (the AU fetches at once). */
    public static final Duration FETCH_WINDOW = Duration.ofMinutes(30);

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "package_code", nullable = false, updatable = false)
    private String packageCode;

    @Column(name = "au_seq", nullable = false, updatable = false)
    private int auSeq;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private String activityId;

    @Column(nullable = false, updatable = false)
    private String registration;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "fetch_hash", nullable = false, updatable = false)
    private String fetchHash;

    /** Addresses the package's files for this launch (the sandboxed AU sends no cookies). */
    @Column(name = "content_token", nullable = false, updatable = false)
    private String contentToken;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    @Column(name = "launched_at", nullable = false, updatable = false)
    private Instant launchedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_verb")
    private String endVerb;

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_mode", nullable = false, updatable = false)
    private LaunchMode launchMode = LaunchMode.Normal;

    /** When the AU's cmi5 defined verbs arrived: what the statement rules (9.3) check the next statement against. */
    @Column(name = "initialized_at")
    private Instant initializedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "passed_at")
    private Instant passedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    protected Cmi5Session() {
    }

    /** A new session; {@code fetchKey} is the secret of its fetch URL (see {@link #newFetchKey()}). */
    public Cmi5Session(long employeeId, String packageCode, int auSeq, String activityId, String registration,
                       String fetchKey, LaunchMode launchMode, Instant at) {
        this.launchMode = launchMode;
        this.employeeId = employeeId;
        this.packageCode = packageCode;
        this.auSeq = auSeq;
        this.activityId = activityId;
        this.registration = registration;
        this.sessionId = UUID.randomUUID().toString();
        this.fetchHash = hash(fetchKey);
        this.contentToken = newFetchKey();
        this.launchedAt = at;
    }

    public static String newFetchKey() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the fetch URL may not hand out a token now, or null when it may (and it is then used up). */
    public String fetch(Instant now) {
        if (fetchedAt != null) {
            return "The authorization token has already been returned.";
        }
        if (isEnded() || now.isAfter(launchedAt.plus(FETCH_WINDOW))) {
            return "This launch session has expired.";
        }
        fetchedAt = now;
        return null;
    }

    public void end(String verb, Instant at) {
        if (endedAt == null) {
            endedAt = at;
            endVerb = verb;
        }
    }

    /** Notes an admitted statement of the AU (terminated ends the session). */
    public void sent(String verb, Instant at) {
        switch (verb) {
            case Verbs.INITIALIZED -> initializedAt = at;
            case Verbs.COMPLETED -> completedAt = at;
            case Verbs.PASSED -> passedAt = at;
            case Verbs.FAILED -> failedAt = at;
            case Verbs.TERMINATED -> end("terminated", at);
            default -> {
                // allowed statements leave no mark
            }
        }
    }

    /** The rules' view of this session; {@code earlier} are the other sessions of its AU in its registration. */
    public Cmi5Rules.SessionState rulesState(Double masteryScore, java.util.List<Cmi5Session> earlier) {
        boolean completed = completedAt != null || earlier.stream().anyMatch(e -> e.completedAt != null);
        boolean passed = passedAt != null || earlier.stream().anyMatch(e -> e.passedAt != null);
        String endedBy = "abandoned".equals(endVerb) ? "abandoned" : null;
        Cmi5Rules.SessionState state = new Cmi5Rules.SessionState(sessionId, registration, activityId, launchMode, masteryScore, endedBy);
        state.seen(initializedAt != null, passedAt != null || failedAt != null, completed, passed);
        if ("terminated".equals(endVerb)) {
            state.terminated = true;
        }
        return state;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public long getEmployeeId() { return employeeId; }
    public String getPackageCode() { return packageCode; }
    public int getAuSeq() { return auSeq; }
    public String getActivityId() { return activityId; }
    public String getRegistration() { return registration; }
    public String getSessionId() { return sessionId; }
    public String getContentToken() { return contentToken; }
    public Instant getFetchedAt() { return fetchedAt; }
    public Instant getLaunchedAt() { return launchedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndVerb() { return endVerb; }
    public LaunchMode getLaunchMode() { return launchMode; }
    public boolean isCompleted() { return completedAt != null; }
    public boolean isPassed() { return passedAt != null; }
}
