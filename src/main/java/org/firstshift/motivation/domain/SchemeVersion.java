package org.firstshift.motivation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of a tier scheme. The YAML source is the truth (the same format as
 * {@code tiers.yaml}); versions are never changed, so an evaluation that names a version can be
 * explained with exactly the rules it used.
 */
@Entity
@Table(name = "tier_scheme")
@NamedQuery(name = "SchemeVersion.all", query = "SELECT s FROM SchemeVersion s ORDER BY s.code, s.versionNo DESC")
@NamedQuery(name = "SchemeVersion.findByCode", query = "SELECT s FROM SchemeVersion s WHERE s.code = :code ORDER BY s.versionNo DESC")
@NamedQuery(name = "SchemeVersion.effectiveOn", query = "SELECT s FROM SchemeVersion s WHERE s.effectiveFrom <= :day "
        + "ORDER BY s.effectiveFrom DESC, s.versionNo DESC")
public class SchemeVersion extends Identified {

    @Column(nullable = false)
    private String code;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SchemeVersion() {
    }

    public SchemeVersion(String code, int versionNo, LocalDate effectiveFrom, String source, String createdBy, Instant createdAt) {
        this.code = code;
        this.versionNo = versionNo;
        this.effectiveFrom = effectiveFrom;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getCode() { return code; }
    public int getVersionNo() { return versionNo; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getSource() { return source; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
