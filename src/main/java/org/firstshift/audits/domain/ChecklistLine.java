package org.firstshift.audits.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;

/** One checkpoint of a checklist: what the shopper checks, which rule ids it covers, how it weighs. */
@Entity
@Table(name = "audit_checklist_line")
public class ChecklistLine extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    private AuditChecklist checklist;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> rules = new ArrayList<>();

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private boolean critical;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scale scale;

    @Column(name = "na_allowed", nullable = false)
    private boolean naAllowed;

    protected ChecklistLine() {
    }

    ChecklistLine(AuditChecklist checklist, int ordinal, LineDraft draft) {
        this.checklist = checklist;
        this.code = draft.code();
        change(ordinal, draft);
    }

    final void change(int newOrdinal, LineDraft d) {
        this.ordinal = newOrdinal;
        this.title = d.title();
        this.rules = new ArrayList<>(d.rules());
        this.weight = d.weight();
        this.critical = d.critical();
        this.scale = d.scale();
        this.naAllowed = d.naAllowed();
    }

    public LineDraft draft() {
        return new LineDraft(code, title, rules, weight, critical, scale, naAllowed);
    }

    /** Checks an answer against this line's scale; null is "not applicable". */
    public void check(Integer points) {
        if (points == null && !naAllowed) {
            throw new IllegalArgumentException("line " + code + " cannot be answered 'not applicable'");
        }
        if (points != null && (points < 0 || points > scale.maxPoints())) {
            throw new IllegalArgumentException("line " + code + " takes 0 to " + scale.maxPoints() + " points, not " + points);
        }
    }

    public AuditChecklist getChecklist() { return checklist; }
    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public LocalizedText getTitle() { return title; }
    public List<String> getRules() { return List.copyOf(rules); }
    public int getWeight() { return weight; }
    public boolean isCritical() { return critical; }
    public Scale getScale() { return scale; }
    public boolean isNaAllowed() { return naAllowed; }
}
