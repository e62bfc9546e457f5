package org.firstshift.audits.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;
import org.firstshift.platform.persistence.InstantConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an audit checklist. Versions are rows: an author works on a DRAFT and publishing
 * freezes it; a visit points at the exact version it was scored with, so later edits never
 * change an old score.
 */
@Entity
@Table(name = "audit_checklist")
@NamedQueries({
        @NamedQuery(name = "AuditChecklist.versionsOf",
                query = "SELECT c FROM AuditChecklist c WHERE c.code = :code ORDER BY c.versionNo DESC"),
        @NamedQuery(name = "AuditChecklist.published",
                query = "SELECT c FROM AuditChecklist c WHERE c.status = :status ORDER BY c.code, c.versionNo DESC")
})
public class AuditChecklist extends Identified {
    public static final String CODE_PATTERN = "[A-Z0-9_-]{1,40}";

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "standard_code", nullable = false)
    private String standardCode;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChecklistStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ChecklistLine> lines = new ArrayList<>();

    protected AuditChecklist() {
    }

    public AuditChecklist(String code, int versionNo, String standardCode, LocalizedText title) {
        if (!code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("checklist code '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        this.versionNo = versionNo;
        this.standardCode = standardCode;
        this.title = title;
        this.status = ChecklistStatus.DRAFT;
    }

    /** Replaces the lines of a draft; a published version is frozen. */
    public void planLines(LocalizedText newTitle, List<LineDraft> drafts) {
        requireDraft();
        Set<String> codes = new LinkedHashSet<>();
        for (LineDraft d : drafts) {
            if (!codes.add(d.code())) {
                throw new IllegalArgumentException("line '" + d.code() + "' appears twice");
            }
        }
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one line");
        }
        this.title = newTitle;
        lines.removeIf(l -> !codes.contains(l.getCode()));
        for (int i = 0; i < drafts.size(); i++) {
            LineDraft d = drafts.get(i);
            Optional<ChecklistLine> existing = line(d.code());
            if (existing.isPresent()) {
                existing.get().change(i, d);
            } else {
                lines.add(new ChecklistLine(this, i, d));
            }
        }
        lines.sort(java.util.Comparator.comparingInt(ChecklistLine::getOrdinal));
    }

    public void changeLine(LineDraft draft) {
        requireDraft();
        ChecklistLine line = line(draft.code()).orElseThrow(() -> new IllegalArgumentException("no line '" + draft.code() + "'"));
        line.change(line.getOrdinal(), draft);
    }

    public void publish(Instant at) {
        requireDraft();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs at least one line");
        }
        status = ChecklistStatus.PUBLISHED;
        publishedAt = at;
    }

    private void requireDraft() {
        if (status != ChecklistStatus.DRAFT) {
            throw new IllegalStateException("version " + versionNo + " of checklist " + code + " is published and cannot change");
        }
    }

    public Optional<ChecklistLine> line(String lineCode) {
        return lines.stream().filter(l -> l.getCode().equals(lineCode)).findFirst();
    }

    public List<LineDraft> drafts() {
        return lines.stream().map(ChecklistLine::draft).toList();
    }

    /** Whether these lines and title are what this version already says (re-loading content is then a no-op). */
    public boolean says(LocalizedText otherTitle, List<LineDraft> otherLines) {
        return Objects.equals(title.en(), otherTitle.en()) && Objects.equals(title.ru(), otherTitle.ru())
                && drafts().equals(otherLines);
    }

    public boolean isPublished() {
        return status == ChecklistStatus.PUBLISHED;
    }

    public String getCode() { return code; }
    public int getVersionNo() { return versionNo; }
    public String getStandardCode() { return standardCode; }
    public LocalizedText getTitle() { return title; }
    public ChecklistStatus getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<ChecklistLine> getLines() { return List.copyOf(lines); }
}
