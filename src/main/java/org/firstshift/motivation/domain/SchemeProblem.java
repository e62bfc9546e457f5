package org.firstshift.motivation.domain;

/** A reason a scheme is refused: where in the scheme ({@code tiers[2]}) and what is wrong. */
public record SchemeProblem(String where, String message) {
}
