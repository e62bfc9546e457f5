package org.firstshift.shadowing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A photo taken on the floor with a sign-off (a tidy rail, a completed display), kept in the
 * database so that backups and the cluster need nothing else. Insert-only like the records; the
 * record stores the photo's SHA-256, so a swapped photo breaks the chain.
 */
@Entity
@Table(name = "shadowing_photo")
public class SignOffPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_shadowing_photo_id")
    @SequenceGenerator(name = "fs_shadowing_photo_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private int byteCount;

    @Column(nullable = false, updatable = false)
    private String sha256;

    // Lazy: lists of sign-offs never need the bytes (EclipseLink honours it only with weaving, so
    // the bytes are also only ever read through this entity, never joined).
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected SignOffPhoto() {
    }

    public SignOffPhoto(byte[] bytes, Instant uploadedAt) {
        PhotoFormat format = PhotoFormat.check(bytes);
        this.contentType = format.contentType();
        this.bytes = bytes.clone();
        this.byteCount = bytes.length;
        this.sha256 = PhotoFormat.sha256(bytes);
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public String getContentType() { return contentType; }
    public int getByteCount() { return byteCount; }
    public String getSha256() { return sha256; }
    public byte[] getBytes() { return bytes.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
