package org.firstshift.elearning.xapi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A document of the state (kind S), activity profile (A) or agent profile (G) resource. A part of the
 * key that a kind does not use is stored as the empty string (so that "no registration" compares
 * with plain equality). The ETag is the SHA-1 of the content, as xAPI suggests.
 */
@Entity
@Table(name = "xapi_document")
@NamedQuery(name = "XapiDocument.find", query = "SELECT d FROM XapiDocument d WHERE d.kind = :kind AND d.activityId = :activity"
        + " AND d.agentIfi = :agent AND d.registration = :registration AND d.documentId = :documentId")
@NamedQuery(name = "XapiDocument.list", query = "SELECT d FROM XapiDocument d WHERE d.kind = :kind AND d.activityId = :activity"
        + " AND d.agentIfi = :agent AND d.registration = :registration AND d.updated > :since ORDER BY d.documentId")
public class XapiDocument extends Identified {
    public static final char STATE = 'S';
    public static final char ACTIVITY_PROFILE = 'A';
    public static final char AGENT_PROFILE = 'G';

    @Column(nullable = false, length = 1, updatable = false)
    private String kind;

    @Column(name = "activity_id", length = 600, updatable = false)
    private String activityId;

    @Column(name = "agent_ifi", length = 600, updatable = false)
    private String agentIfi;

    @Column(length = 36, updatable = false)
    private String registration;

    @Column(name = "document_id", nullable = false, length = 600, updatable = false)
    private String documentId;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String etag;

    @Column(nullable = false)
    private Instant updated;

    protected XapiDocument() {
    }

    public XapiDocument(char kind, String activityId, String agentIfi, String registration, String documentId) {
        this.kind = String.valueOf(kind);
        this.activityId = activityId;
        this.agentIfi = agentIfi;
        this.registration = registration;
        this.documentId = documentId;
    }

    public void replace(String contentType, byte[] content, Instant now) {
        this.contentType = contentType;
        this.content = content.clone();
        this.etag = etagOf(content);
        this.updated = now;
    }

    public static String etagOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JVM", e);
        }
    }

    public boolean isJson() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    public String getDocumentId() { return documentId; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content.clone(); }
    public String getEtag() { return etag; }
    public Instant getUpdated() { return updated; }
}
