package org.firstshift.audits.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.InstantConverter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A photo an auditor took for a line (an untidy rail, a missing badge). Checked before it is kept:
 * at most {@value #MAX_BYTES} bytes and a JPEG or PNG by its first bytes (never by a name or a
 * declared type). Kept in its own table, apart from the visit rows, and served only by the photo
 * resource with its recognised type and {@code nosniff}.
 */
@Entity
@Table(name = "audit_photo")
@NamedQueries({
        @NamedQuery(name = "AuditPhoto.byClientId", query = "SELECT p FROM AuditPhoto p WHERE p.clientId = :clientId"),
        @NamedQuery(name = "AuditPhoto.ofVisit",
                query = "SELECT p.id, p.lineCode FROM AuditPhoto p WHERE p.visitId = :visitId ORDER BY p.id")
})
public class AuditPhoto {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_audit_photo_id")
    @SequenceGenerator(name = "fs_audit_photo_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "line_code", nullable = false, updatable = false)
    private String lineCode;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private int byteCount;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    @Convert(converter = InstantConverter.class)
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected AuditPhoto() {
    }

    public AuditPhoto(String clientId, long visitId, String lineCode, byte[] bytes, Instant at) {
        this.contentType = contentTypeOf(bytes);
        this.clientId = clientId;
        this.visitId = visitId;
        this.lineCode = lineCode;
        this.bytes = bytes.clone();
        this.byteCount = bytes.length;
        this.sha256 = sha256(bytes);
        this.uploadedAt = at;
    }

    /** The type of an acceptable photo, or a reason a person can act on. */
    public static String contentTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the photo is larger than 5 MB (" + (bytes.length / 1024) + " KB)");
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        throw new IllegalArgumentException("the photo must be a JPEG or PNG image");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public long getVisitId() { return visitId; }
    public String getLineCode() { return lineCode; }
    public String getContentType() { return contentType; }
    public int getByteCount() { return byteCount; }
    public String getSha256() { return sha256; }
    public byte[] getBytes() { return bytes.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
