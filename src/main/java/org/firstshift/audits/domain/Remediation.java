package org.firstshift.audits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One activity a submitted visit assigned to the employee served, and the failed rules behind it. */
@Entity
@Table(name = "audit_remediation")
@NamedQueries({
        @NamedQuery(name = "Remediation.ofVisit", query = "SELECT r FROM Remediation r WHERE r.visitId = :visitId ORDER BY r.id"),
        @NamedQuery(name = "Remediation.ofEmployee",
                query = "SELECT r FROM Remediation r WHERE r.employeeId = :employeeId ORDER BY r.dueOn DESC, r.id")
})
public class Remediation extends Identified {
    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "type_key", nullable = false, updatable = false)
    private String typeKey;

    @Column(nullable = false, updatable = false)
    private String ref;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false, updatable = false)
    private List<String> rules = new ArrayList<>();

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    protected Remediation() {
    }

    public Remediation(long visitId, long employeeId, String typeKey, String ref, List<String> rules, LocalDate dueOn) {
        this.visitId = visitId;
        this.employeeId = employeeId;
        this.typeKey = typeKey;
        this.ref = ref;
        this.rules = new ArrayList<>(rules);
        this.dueOn = dueOn;
    }

    public long getVisitId() { return visitId; }
    public long getEmployeeId() { return employeeId; }
    public String getTypeKey() { return typeKey; }
    public String getRef() { return ref; }
    public List<String> getRules() { return List.copyOf(rules); }
    public LocalDate getDueOn() { return dueOn; }
}
