package org.firstshift.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Surrogate id from the shared sequence and an optimistic-lock version. Sequences (not IDENTITY)
 * because EclipseLink 4 fails on H2 2.x identity columns.
 */
@MappedSuperclass
public abstract class Identified {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_id")
    @SequenceGenerator(name = "fs_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
