package org.firstshift.integration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/**
 * An employee launched an activity from a platform's resource link. Remembers the platform's id
 * for that user ({@code ltiUser}, the token's {@code sub}) and the line item a score goes to, so
 * that completing the activity later sends the grade back.
 */
@Entity
@Table(name = "integration_lti_link")
@NamedQuery(name = "LtiLink.find", query = "SELECT l FROM LtiLink l WHERE l.platformId = :platform AND l.resourceLinkId = :link AND l.employeeId = :employee")
@NamedQuery(name = "LtiLink.graded", query = "SELECT l FROM LtiLink l WHERE l.employeeId = :employee AND l.activityType = :type AND l.activityRef = :ref AND l.lineitemUrl IS NOT NULL")
@NamedQuery(name = "LtiLink.ofEmployee", query = "SELECT l FROM LtiLink l WHERE l.employeeId = :employee ORDER BY l.launchedAt")
public class LtiLink extends Identified {

    @Column(name = "platform_id", nullable = false, updatable = false)
    private Long platformId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "lti_user", nullable = false, length = 255)
    private String ltiUser;

    @Column(name = "resource_link_id", nullable = false, length = 255, updatable = false)
    private String resourceLinkId;

    @Column(name = "activity_type", nullable = false, length = 40)
    private String activityType;

    @Column(name = "activity_ref", nullable = false, length = 100)
    private String activityRef;

    @Column(name = "lineitem_url", length = 2000)
    private String lineitemUrl;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    protected LtiLink() {
    }

    public LtiLink(long platformId, long employeeId, String resourceLinkId) {
        this.platformId = platformId;
        this.employeeId = employeeId;
        this.resourceLinkId = resourceLinkId;
    }

    /** A (new or repeated) launch: the platform may have changed the activity or the line item. */
    public void launched(String user, String type, String ref, String lineitem, Instant now) {
        this.ltiUser = user;
        this.activityType = type;
        this.activityRef = ref;
        this.lineitemUrl = lineitem;
        this.launchedAt = now;
    }

    /** Erasure: the platform's id for the person goes; the link itself stays anonymous. */
    public void forgetUser() {
        this.ltiUser = "erased";
    }

    public Long getPlatformId() { return platformId; }
    public Long getEmployeeId() { return employeeId; }
    public String getLtiUser() { return ltiUser; }
    public String getResourceLinkId() { return resourceLinkId; }
    public String getActivityType() { return activityType; }
    public String getActivityRef() { return activityRef; }
    public String getLineitemUrl() { return lineitemUrl; }
    public Instant getLaunchedAt() { return launchedAt; }
}
