package org.firstshift.standards.domain;

/** A standard version is written as a draft, published (one at a time), then retired by the next. */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
