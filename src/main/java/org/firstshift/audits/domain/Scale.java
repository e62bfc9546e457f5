package org.firstshift.audits.domain;

/**
 * How a checklist line is answered: yes/no (0 or 1 point) or 0-2 (not done, partly, fully). Any
 * line may also allow "not applicable", which takes it out of the score entirely.
 */
public enum Scale {
    YES_NO(1), ZERO_TWO(2);

    private final int maxPoints;

    Scale(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
