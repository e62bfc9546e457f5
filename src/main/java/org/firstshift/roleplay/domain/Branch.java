package org.firstshift.roleplay.domain;

/**
 * One way out of a branch node: taken when the running score is at least {@code minScore} and (if
 * set) the trainee chose {@code chose} earlier. A branch with neither condition is the default.
 */
public record Branch(Integer minScore, String chose, String next) {
    public boolean isDefault() {
        return minScore == null && chose == null;
    }

    public boolean matches(int score, java.util.Set<String> chosen) {
        return (minScore == null || score >= minScore) && (chose == null || chosen.contains(chose));
    }
}
