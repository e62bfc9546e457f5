package org.firstshift.shadowing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One record of a trainee's chain: a sign-off, a correction or a confirmation. Append-only: every
 * column is insert-only, there are no setters, no version column, and nothing in the application
 * updates or deletes these rows. Changes are new records that refer to earlier ones.
 */
@Entity
@Table(name = "shadowing_record")
@NamedQuery(name = "ShadowingRecord.countOnShift", query = "SELECT COUNT(r) FROM ShadowingRecord r WHERE r.shiftId = :shiftId")
@NamedQuery(name = "ShadowingRecord.chainOf",
        query = "SELECT r FROM ShadowingRecord r WHERE r.traineeId = :traineeId ORDER BY r.seq")
@NamedQuery(name = "ShadowingRecord.lastOf",
        query = "SELECT r FROM ShadowingRecord r WHERE r.traineeId = :traineeId ORDER BY r.seq DESC")
@NamedQuery(name = "ShadowingRecord.byClientId",
        query = "SELECT r FROM ShadowingRecord r WHERE r.clientId = :clientId")
@NamedQuery(name = "ShadowingRecord.trainees",
        query = "SELECT DISTINCT r.traineeId FROM ShadowingRecord r")
@NamedQuery(name = "ShadowingRecord.observationsSince",
        query = "SELECT r FROM ShadowingRecord r WHERE r.kind <> :confirmation AND r.recordedAtMillis >= :since ORDER BY r.id")
public class ShadowingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_shadowing_record_id")
    @SequenceGenerator(name = "fs_shadowing_record_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(nullable = false, updatable = false)
    private int seq;

    // Kind, rating and method are kept as plain text, not mapped enums, so that a row tampered with
    // to hold an unknown value still loads and is reported by verification instead of failing it.
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "client_id", updatable = false)
    private String clientId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "plan_code", updatable = false)
    private String planCode;

    @Column(name = "task_code", updatable = false)
    private String taskCode;

    @Column(name = "shift_id", updatable = false)
    private Long shiftId;

    @Column(name = "observed_on", updatable = false)
    private LocalDate observedOn;

    @Column(updatable = false)
    private String rating;

    @Column(name = "comment_text", updatable = false)
    private String comment;

    @Column(name = "photo_id", updatable = false)
    private Long photoId;

    @Column(name = "photo_sha256", updatable = false)
    private String photoSha256;

    @Column(name = "refers_to_seq", updatable = false)
    private Integer refersToSeq;

    @Column(name = "confirmation_method", updatable = false)
    private String method;

    @Column(name = "recorded_at_ms", nullable = false, updatable = false)
    private long recordedAtMillis;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "record_hash", nullable = false, updatable = false)
    private String hash;

    protected ShadowingRecord() {
    }

    /** A record for the link that {@link HashChain#append} computed; photoId points at the stored photo. */
    public ShadowingRecord(HashChain.Link link, Long photoId) {
        RecordContent c = link.content();
        if ((photoId == null) != (c.photoSha256() == null)) {
            throw new IllegalArgumentException("a photo id goes with its SHA-256, and only then");
        }
        this.traineeId = c.traineeId();
        this.seq = c.seq();
        this.kind = c.kind().name();
        this.clientId = c.clientId();
        this.actorId = c.actorId();
        this.planCode = c.planCode();
        this.taskCode = c.taskCode();
        this.shiftId = c.shiftId();
        this.observedOn = c.observedOn();
        this.rating = c.rating() == null ? null : c.rating().name();
        this.comment = c.comment();
        this.photoId = photoId;
        this.photoSha256 = c.photoSha256();
        this.refersToSeq = c.refersToSeq();
        this.method = c.method() == null ? null : c.method().name();
        this.recordedAtMillis = c.recordedAtMillis();
        this.previousHash = link.previousHash();
        this.hash = link.hash();
    }

    /**
     * The content as stored now, which verification compares with the stored hash.
     *
     * @throws IllegalArgumentException when the stored row no longer makes a valid record
     */
    public RecordContent content() {
        return new RecordContent(traineeId, seq, RecordKind.valueOf(kind), clientId, actorId, planCode, taskCode, shiftId,
                observedOn, rating == null ? null : Rating.valueOf(rating), comment, photoSha256, refersToSeq,
                method == null ? null : ConfirmationMethod.valueOf(method), recordedAtMillis);
    }

    public HashChain.Link link() {
        return new HashChain.Link(id, content(), previousHash, hash);
    }

    public Long getId() { return id; }
    public long getTraineeId() { return traineeId; }
    public int getSeq() { return seq; }
    public RecordKind getKind() { return RecordKind.valueOf(kind); }
    public String getClientId() { return clientId; }
    public long getActorId() { return actorId; }
    public String getTaskCode() { return taskCode; }
    public Long getShiftId() { return shiftId; }
    public String getRatingText() { return rating; }
    public String getComment() { return comment; }
    public Long getPhotoId() { return photoId; }
    public Instant getRecordedAt() { return Instant.ofEpochMilli(recordedAtMillis); }
    public String getHash() { return hash; }
}
