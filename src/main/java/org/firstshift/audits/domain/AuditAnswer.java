package org.firstshift.audits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to one line. The line's rules, weight, critical flag and scale are copied in so that
 * per-rule statistics need no join to the checklist and a score can be recomputed from the row.
 */
@Entity
@Table(name = "audit_answer")
@jakarta.persistence.NamedQuery(name = "AuditAnswer.currentSince",
        query = "SELECT v.storeCode, a.rules, a.points FROM AuditAnswer a JOIN a.visit v WHERE v.status = :status"
                + " AND v.supersededAt IS NULL AND v.visitDate >= :from")
public class AuditAnswer extends Identified {
    public static final int MAX_COMMENT = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private AuditVisit visit;

    @Column(name = "line_code", nullable = false)
    private String lineCode;

    @Column(nullable = false)
    private int ordinal;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> rules = new ArrayList<>();

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private boolean critical;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    private Integer points;

    private String comment;

    protected AuditAnswer() {
    }

    AuditAnswer(AuditVisit visit, ChecklistLine line, Integer points, String comment) {
        this.visit = visit;
        this.lineCode = line.getCode();
        change(line, points, comment);
    }

    final void change(ChecklistLine line, Integer newPoints, String newComment) {
        this.ordinal = line.getOrdinal();
        this.rules = new ArrayList<>(line.getRules());
        this.weight = line.getWeight();
        this.critical = line.isCritical();
        this.maxPoints = line.getScale().maxPoints();
        this.points = newPoints;
        String c = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment on line " + lineCode + " is longer than " + MAX_COMMENT + " characters");
        }
        this.comment = c;
    }

    public Scoring.Line scoringLine() {
        return new Scoring.Line(rules, weight, critical, maxPoints, points);
    }

    public boolean failed() {
        return scoringLine().failed();
    }

    public AuditVisit getVisit() { return visit; }
    public String getLineCode() { return lineCode; }
    public int getOrdinal() { return ordinal; }
    public List<String> getRules() { return List.copyOf(rules); }
    public int getWeight() { return weight; }
    public boolean isCritical() { return critical; }
    public int getMaxPoints() { return maxPoints; }
    public Integer getPoints() { return points; }
    public String getComment() { return comment; }
}
