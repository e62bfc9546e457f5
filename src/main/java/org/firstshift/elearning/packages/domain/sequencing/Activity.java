package org.firstshift.elearning.packages.domain.sequencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of the SCORM 2004 activity tree (the organization, a cluster or a leaf that delivers a
 * SCO) with the sequencing definition the engine uses and the learner's tracking state.
 */
public final class Activity {
    final String id;
    final String title;
    final Activity parent;
    final List<Activity> children = new ArrayList<>();

    // Definition (IMS SS defaults).
    boolean choice = true;
    boolean choiceExit = true;
    boolean flow = false;
    boolean forwardOnly = false;
    Integer attemptLimit;
    /** limitConditions attemptAbsoluteDurationLimit (an xs:duration), null when the attempt has no time limit. */
    java.time.Duration attemptAbsoluteDurationLimit;
    final List<Rule> preConditionRules = new ArrayList<>();
    /** Evaluated on an ancestor of the activity whose attempt just ended; action {@code exit}. */
    final List<Rule> exitConditionRules = new ArrayList<>();
    /** Evaluated on the activity whose attempt just ended: exitParent, exitAll, retry, retryAll, continue, previous. */
    final List<Rule> postConditionRules = new ArrayList<>();
    final List<RollupRule> rollupRules = new ArrayList<>();
    boolean rollupSatisfied = true;
    boolean rollupCompletion = true;
    double measureWeight = 1.0;
    /** rollupConsiderations: always, ifAttempted, ifNotSkipped or ifNotSuspended. */
    String requiredForSatisfied = "always";
    String requiredForNotSatisfied = "always";
    String requiredForCompleted = "always";
    String requiredForIncomplete = "always";
    /** deliveryControls tracked: an untracked activity contributes nothing to rollup. */
    boolean tracked = true;
    boolean satisfiedByMeasure;
    double minNormalizedMeasure = 1.0;
    /** randomizationControls: selection and ordering timings are never, once or onEachNewAttempt. */
    Integer selectCount;
    boolean reorderChildren;
    String selectionTiming = "never";
    String randomizationTiming = "never";
    /** The children in the order (and selection) of the current attempt: what flow and choice see. */
    List<Activity> available;
    /** Local objective id -> the global objective it reads its satisfaction from (mapInfo readSatisfiedStatus). */
    final Map<String, String> reads = new java.util.HashMap<>();
    /** The id of the primary objective, which rules may name as their referenced objective. */
    String primaryObjective;
    /** Global objectives the primary objective writes its satisfaction to (mapInfo writeSatisfiedStatus). */
    final List<String> writes = new ArrayList<>();

    // Tracking.
    int attempts;
    Boolean completed;
    Boolean satisfied;
    /** Normalized measure (-1..1), null when unknown. */
    Double measure;
    /** The attempt was suspended (cmi.exit suspend or suspendAll): it is resumed, not ended. */
    boolean suspended;
    /** When the activity's current (latest) attempt began, null when not known. */
    java.time.Instant attemptStartedAt;
    /** The time the learner spent in the current attempt as the run-time recorded it (cmi.total_time), null when unknown. */
    java.time.Duration attemptRecordedTime;

    Activity(String id, String title, Activity parent) {
        this.id = id;
        this.title = title;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public List<Activity> children() {
        return List.copyOf(children);
    }

    /** The children this attempt offers, in this attempt's order (after selection and randomisation). */
    public List<Activity> availableChildren() {
        return List.copyOf(available == null ? children : available);
    }

    List<Activity> kids() {
        return available == null ? children : available;
    }

    public Double measure() {
        return measure;
    }

    public boolean suspended() {
        return suspended;
    }

    public Activity parent() {
        return parent;
    }

    public int attempts() {
        return attempts;
    }

    public java.time.Duration attemptAbsoluteDurationLimit() {
        return attemptAbsoluteDurationLimit;
    }

    /** true completed, false incomplete, null unknown. */
    public Boolean completed() {
        return completed;
    }

    /** true satisfied (passed), false not satisfied (failed), null unknown. */
    public Boolean satisfied() {
        return satisfied;
    }

    /** A pre-condition rule: when its conditions hold ({@code all} or {@code any}), the action applies. */
    public record Rule(boolean any, List<Condition> conditions, String action) {
    }

    /**
     * One rule condition: {@code satisfied}, {@code completed}, {@code attempted},
     * {@code attemptLimitExceeded}, {@code objectiveStatusKnown}, {@code activityProgressKnown} or
     * {@code always}, {@code objectiveMeasureKnown}, {@code objectiveMeasureGreaterThan} /
     * {@code objectiveMeasureLessThan} (with a threshold), {@code timeLimitExceeded},
     * {@code outsideAvailableTimeRange}, possibly negated; {@code objective} is a referenced local objective or null
     * for the primary one.
     */
    public record Condition(String type, boolean not, String objective, Double measureThreshold) {
        public Condition(String type, boolean not, String objective) {
            this(type, not, objective, null);
        }
    }

    /**
     * A custom rollup rule: over the children that count ({@code childActivitySet} all, any, none,
     * atLeastCount with {@code minimumCount}, atLeastPercent with {@code minimumPercent} 0..1),
     * each child is tested with the conditions ({@code any} or all of them); when the set's test
     * holds, the action (satisfied, notSatisfied, completed, incomplete) sets the parent's status.
     */
    public record RollupRule(String childActivitySet, int minimumCount, double minimumPercent, boolean any,
                             List<Condition> conditions, String action) {
    }
}
