package org.firstshift.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.audit.AuditEntry;
import org.firstshift.platform.audit.AuditTrail;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The admin's view of the audit trail, filtered by type, record, person, period and text. */
@Named
@ViewScoped
public class AuditLog implements Serializable {
    static final int PAGE = 50;

    @Inject
    AuditTrail trail;

    private String entityType;
    private String entityId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private int page;
    private List<AuditEntry> entries;

    public void search() {
        page = 0;
        entries = null;
    }

    public void next() {
        page++;
        entries = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        entries = null;
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            ZoneId zone = ZoneId.systemDefault();
            entries = trail.find(new AuditTrail.AuditFilter(entityType, entityId, actor,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), text), page * PAGE, PAGE);
        }
        return entries;
    }

    public List<String> getEntityTypes() { return trail.entityTypes(); }
    public boolean isHasNext() { return getEntries().size() == PAGE; }
    public boolean isHasPrevious() { return page > 0; }
    public int getPage() { return page + 1; }

    public String getEntityType() { return entityType; }
    public void setEntityType(String v) { this.entityType = v; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String v) { this.entityId = v; }
    public String getActor() { return actor; }
    public void setActor(String v) { this.actor = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
}
