package org.firstshift.elearning.packages.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a package, insert-only; served by the player under the package's launch token. */
@Entity
@Table(name = "elearning_package_file")
@NamedQuery(name = "PackageFile.at", query = "SELECT f FROM PackageFile f WHERE f.packageId = :packageId AND f.path = :path")
public class PackageFile {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_package_file_id")
    @SequenceGenerator(name = "fs_package_file_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private long byteCount;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected PackageFile() {
    }

    public PackageFile(long packageId, String path, byte[] bytes) {
        this.packageId = packageId;
        this.path = path;
        this.contentType = PackageReader.contentType(path);
        this.byteCount = bytes.length;
        this.bytes = bytes;
    }

    public String getPath() { return path; }
    public String getContentType() { return contentType; }
    public long getByteCount() { return byteCount; }
    public byte[] getBytes() { return bytes; }
}
