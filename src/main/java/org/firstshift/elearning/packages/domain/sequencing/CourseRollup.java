package org.firstshift.elearning.packages.domain.sequencing;

/**
 * What the root activity of a sequenced SCORM 2004 course rolled up to, and what that makes of the
 * package as a learning activity: done when the root's attempt is completed or its objective
 * satisfied, unless the objective is not satisfied (a failed course is not done, as a failed SCO
 * is not under the every-SCO rule); the score is the root's rolled-up measure when known.
 *
 * <p>The course's own rollup rules decide, not "every SCO": a custom rule such as "satisfied when
 * two of three parts are" or an untracked part changes the answer, and the learner is owed the
 * answer the package's author defined.
 */
public record CourseRollup(Boolean completed, Boolean satisfied, Double measure) {

    public static CourseRollup of(Activity root) {
        return new CourseRollup(root.completed(), root.satisfied(), root.measure());
    }

    public boolean done() {
        return (Boolean.TRUE.equals(completed) || Boolean.TRUE.equals(satisfied)) && !Boolean.FALSE.equals(satisfied);
    }

    /** The measure (-1..1) as a whole percentage 0..100, null when the rollup knows no measure. */
    public Integer percent() {
        return measure == null ? null : (int) Math.max(0, Math.min(100, Math.round(measure * 100)));
    }

    // Getters for pages (EL reads no record accessors).
    public Boolean getCompleted() { return completed; }
    public Boolean getSatisfied() { return satisfied; }
    public Double getMeasure() { return measure; }
    public Integer getPercent() { return percent(); }
    public boolean isDone() { return done(); }
}
