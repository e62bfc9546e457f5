package org.firstshift.elearning.packages.domain;

/** The standards a package can follow; detected from its manifest, never from the file name. */
public enum PackageKind {
    SCORM_12,
    SCORM_2004,
    CMI5
}
