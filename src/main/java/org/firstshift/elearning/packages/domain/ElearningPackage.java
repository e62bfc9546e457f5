package org.firstshift.elearning.packages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;

/** An imported package: what it is and where its manifest is; its files and items are rows of their own. */
@Entity
@Table(name = "elearning_package")
@NamedQuery(name = "ElearningPackage.byCode", query = "SELECT p FROM ElearningPackage p WHERE p.code = :code")
@NamedQuery(name = "ElearningPackage.all", query = "SELECT p FROM ElearningPackage p ORDER BY p.title, p.code")
public class ElearningPackage extends Identified {

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PackageKind kind;

    private String identifier;

    @Column(nullable = false)
    private String title;

    @Column(name = "schema_version")
    private String schemaVersion;

    @Column(name = "manifest_path", nullable = false)
    private String manifestPath;

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "byte_count", nullable = false)
    private long byteCount;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ElearningPackage() {
    }

    public ElearningPackage(String code, ReadPackage read, String manifestPath, String uploadedBy, Instant at) {
        this.code = code;
        this.kind = read.kind();
        this.identifier = read.identifier();
        this.title = read.title() == null ? code : read.title();
        this.schemaVersion = read.schemaVersion();
        this.manifestPath = manifestPath;
        this.fileCount = read.files().size();
        this.byteCount = read.files().values().stream().mapToLong(b -> b.length).sum();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public String getCode() { return code; }
    public PackageKind getKind() { return kind; }
    public String getIdentifier() { return identifier; }
    public String getTitle() { return title; }
    public String getSchemaVersion() { return schemaVersion; }
    public String getManifestPath() { return manifestPath; }
    public int getFileCount() { return fileCount; }
    public long getByteCount() { return byteCount; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public boolean isScorm() { return kind == PackageKind.SCORM_12 || kind == PackageKind.SCORM_2004; }
}
