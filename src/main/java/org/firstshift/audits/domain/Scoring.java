package org.firstshift.audits.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The score of one visit. Each answered line earns {@code weight × points / maxPoints}; the visit
 * scores the sum over the sum of the weights of the answered lines, in percent. "Not applicable"
 * lines count for nothing either way. A line fails when it scores 0 points (a 0-2 line answered 1
 * is "partly", which lowers the score but assigns no remediation). A failed critical line caps the
 * visit at {@value #CRITICAL_CAP_PERCENT}%: a visit where the employee, say, lied to the customer
 * cannot look good however polite the rest was, yet visits with a critical failure still differ
 * from each other, which keeps trends readable (a cap at 0 would flatten them).
 */
public final class Scoring {
    public static final double CRITICAL_CAP_PERCENT = 50.0;

    private Scoring() {
    }

    /** One line as answered; {@code points == null} is "not applicable". */
    public record Line(List<String> rules, int weight, boolean critical, int maxPoints, Integer points) {
        public Line {
            rules = List.copyOf(rules);
            if (points != null && (points < 0 || points > maxPoints)) {
                throw new IllegalArgumentException("points must be 0 to " + maxPoints + ", not " + points);
            }
        }

        public boolean applicable() {
            return points != null;
        }

        public boolean failed() {
            return points != null && points == 0;
        }
    }

    /** {@code percent} is null when no line was applicable (nothing to score). */
    public record Result(Double percent, boolean criticalFailed, List<String> failedRules) {
        public Result {
            failedRules = List.copyOf(failedRules);
        }
    }

    public static Result score(List<Line> lines) {
        double earned = 0;
        int weights = 0;
        boolean critical = false;
        Set<String> failed = new LinkedHashSet<>();
        for (Line l : lines) {
            if (!l.applicable()) {
                continue;
            }
            earned += l.weight() * (double) l.points() / l.maxPoints();
            weights += l.weight();
            if (l.failed()) {
                failed.addAll(l.rules());
                critical |= l.critical();
            }
        }
        if (weights == 0) {
            return new Result(null, false, List.of());
        }
        double percent = round(100.0 * earned / weights);
        if (critical) {
            percent = Math.min(percent, CRITICAL_CAP_PERCENT);
        }
        return new Result(percent, critical, new ArrayList<>(failed));
    }

    public static double round(double percent) {
        return Math.round(percent * 10.0) / 10.0;
    }
}
