package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What SCIM keeps about an employee that the people module does not: the HR system's own id
 * (externalId), the manager it named (an employee id; FirstShift has mentors, not managers) and the
 * times SCIM reports as meta.created and meta.lastModified. One row per employee.
 */
@Entity
@Table(name = "integration_scim_user")
@NamedQuery(name = "ScimLink.all", query = "SELECT l FROM ScimLink l")
public class ScimLink {
    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "external_id", length = 200)
    private String externalId;

    @Column(name = "manager_id", length = 40)
    private String managerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected ScimLink() {
    }

    public ScimLink(long employeeId, Instant now) {
        this.employeeId = employeeId;
        this.createdAt = now;
        this.lastModified = now;
    }

    public void touch(Instant now) {
        if (now.isAfter(lastModified)) {
            lastModified = now;
        }
    }

    public void link(String externalId, String managerId, Instant now) {
        this.externalId = externalId;
        this.managerId = managerId;
        touch(now);
    }

    public Long getEmployeeId() { return employeeId; }
    public String getExternalId() { return externalId; }
    public String getManagerId() { return managerId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastModified() { return lastModified; }
    public long getVersion() { return version; }
}
