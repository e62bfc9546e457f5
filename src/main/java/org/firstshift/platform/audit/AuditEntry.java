package org.firstshift.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One recorded change: who, when, what (entity type and id, action), and the state before and
 * after as JSON. Entries are immutable: no setters, and nothing in the application updates or
 * deletes them.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_audit_id")
    @SequenceGenerator(name = "fs_audit_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant recordedAt, String actor, String entityType, String entityId, String action,
               String summary, String before, String after) {
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary.length() > 500 ? summary.substring(0, 497) + "..." : summary;
        this.before = before;
        this.after = after;
    }

    public Long getId() { return id; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getActor() { return actor; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getSummary() { return summary; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
