package org.firstshift.audits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

/**
 * A mystery-shopping agency and the column mapping of its spreadsheets (kept as JSON, see
 * {@code AgencyMappings}), saved once so that each monthly file imports without asking again.
 */
@Entity
@Table(name = "audit_agency")
@NamedQueries({
        @NamedQuery(name = "Agency.byCode", query = "SELECT a FROM Agency a WHERE a.code = :code"),
        @NamedQuery(name = "Agency.all", query = "SELECT a FROM Agency a ORDER BY a.code")
})
public class Agency extends Identified {
    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String mapping;

    protected Agency() {
    }

    public Agency(String code, String name, String mapping) {
        if (!code.matches(AuditChecklist.CODE_PATTERN)) {
            throw new IllegalArgumentException("agency code '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        change(name, mapping);
    }

    public final void change(String newName, String newMapping) {
        this.name = newName;
        this.mapping = newMapping;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getMapping() { return mapping; }
}
