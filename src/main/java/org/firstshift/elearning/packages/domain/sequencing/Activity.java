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
    final List<Rule> preConditionRules = new ArrayList<>();
    boolean rollupSatisfied = true;
    boolean rollupCompletion = true;
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

    public Activity parent() {
        return parent;
    }

    public int attempts() {
        return attempts;
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
     * {@code always}, possibly negated; {@code objective} is a referenced local objective or null
     * for the primary one.
     */
    public record Condition(String type, boolean not, String objective) {
    }
}
