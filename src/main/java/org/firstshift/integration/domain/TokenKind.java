package org.firstshift.integration.domain;

/** A personal token acts as the person who made it; a service token acts for a system an admin named. */
public enum TokenKind {
    PERSONAL, SERVICE
}
