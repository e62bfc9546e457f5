package org.firstshift.learning.domain;

/** Courses and programs are drafted, then published to learners. */
public enum PublicationStatus {
    DRAFT, PUBLISHED
}
