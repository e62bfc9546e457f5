package org.firstshift.elearning.packages.domain.sequencing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SCORM 2004 sequencing engine for the navigation a learner does in the player: start,
 * continue, previous and choice, honouring the control modes (choice, choiceExit, flow,
 * forwardOnly), the limit condition attemptLimit, pre-condition rules (disabled, skip,
 * hiddenFromChoice, stopForwardTraversal) with satisfied/completed/attempted/... conditions,
 * objective maps to global objectives (read/write satisfied status), and the default rollup of
 * completion and satisfaction from children to clusters. Pure Java over an {@link Activity} tree.
 *
 * <p>Not covered: rollup rules other than the defaults and rollup by measure, post-condition and
 * exit-condition rules (retry, exitParent...), randomisation and selection, time limits,
 * delivery controls, jump/exitAll/suspendAll requests (the player simply relaunches) and the
 * measure-related parts of objective maps.
 */
public final class SequencingEngine {
    private final Activity root;
    private final Map<String, Activity> byId = new LinkedHashMap<>();
    private final Map<String, Boolean> globals = new HashMap<>();

    /** Either the leaf to deliver or why the request was refused (with the IMS SS exception code). */
    public record Outcome(Activity deliver, String refused) {
        public boolean ok() {
            return deliver != null;
        }

        static Outcome refuse(String why) {
            return new Outcome(null, why);
        }
    }

    public SequencingEngine(Activity root) {
        this.root = root;
        index(root);
    }

    private void index(Activity a) {
        byId.put(a.id, a);
        a.children.forEach(this::index);
    }

    public Activity root() {
        return root;
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Activity> leaves() {
        return byId.values().stream().filter(Activity::isLeaf).toList();
    }

    // ====================================================== tracking

    /**
     * What a delivered SCO reported when its session ended: its completion and success, null when
     * unknown. Counts the attempt, writes mapped global objectives and rolls up to the root.
     */
    public void report(String leafId, Boolean completed, Boolean satisfied) {
        Activity a = byId.get(leafId);
        a.completed = completed;
        a.satisfied = satisfied;
        a.writes.forEach(g -> globals.put(g, satisfied));
        rollup(a.parent);
    }

    /** Restores a leaf's state (from stored attempts) without counting anything twice. */
    public void restore(String leafId, int attempts, Boolean completed, Boolean satisfied) {
        Activity a = byId.get(leafId);
        a.attempts = attempts;
        report(leafId, completed, satisfied);
    }

    private void rollup(Activity cluster) {
        for (Activity c = cluster; c != null; c = c.parent) {
            List<Activity> completion = c.children.stream().filter(k -> k.rollupCompletion).toList();
            List<Activity> satisfaction = c.children.stream().filter(k -> k.rollupSatisfied).toList();
            if (!completion.isEmpty()) {
                if (completion.stream().allMatch(k -> Boolean.TRUE.equals(k.completed))) {
                    c.completed = true;
                } else if (completion.stream().anyMatch(k -> k.attempts > 0 || k.completed != null)) {
                    c.completed = false;
                } else {
                    c.completed = null;
                }
            }
            if (!satisfaction.isEmpty()) {
                if (satisfaction.stream().allMatch(k -> Boolean.TRUE.equals(k.satisfied))) {
                    c.satisfied = true;
                } else if (satisfaction.stream().anyMatch(k -> Boolean.FALSE.equals(k.satisfied))
                        && satisfaction.stream().allMatch(k -> k.satisfied != null)) {
                    c.satisfied = false;
                } else {
                    c.satisfied = null;
                }
            }
        }
    }

    // ====================================================== navigation requests

    /** Start: flows from the root into its first deliverable leaf. */
    public Outcome start() {
        if (!root.flow && !root.isLeaf()) {
            return Outcome.refuse("SB.2.12-5: flow is disabled for the course; choose an activity");
        }
        return deliverable(flowInto(root, true));
    }

    /** Continue from the leaf the learner is in. */
    public Outcome continueFrom(String currentId) {
        Activity current = byId.get(currentId);
        if (current == null || current.parent == null) {
            return start();
        }
        if (!current.parent.flow) {
            return Outcome.refuse("SB.2.7-1: flow is disabled for '" + current.parent.title + "'");
        }
        return deliverable(traverse(current, true));
    }

    /** Previous from the leaf the learner is in. */
    public Outcome previousFrom(String currentId) {
        Activity current = byId.get(currentId);
        if (current == null || current.parent == null) {
            return Outcome.refuse("SB.2.8-1: there is no current activity");
        }
        if (!current.parent.flow) {
            return Outcome.refuse("SB.2.8-2: flow is disabled for '" + current.parent.title + "'");
        }
        if (current.parent.forwardOnly) {
            return Outcome.refuse("SB.2.9-5: '" + current.parent.title + "' only goes forward");
        }
        return deliverable(traverse(current, false));
    }

    /** The learner chose an activity from the menu (currentId may be null). */
    public Outcome choice(String targetId, String currentId) {
        Activity target = byId.get(targetId);
        if (target == null) {
            return Outcome.refuse("SB.2.9-1: no activity '" + targetId + "'");
        }
        for (Activity a = target; a.parent != null; a = a.parent) {
            if (!a.parent.choice) {
                return Outcome.refuse("SB.2.9-4: '" + a.parent.title + "' does not allow choosing its parts");
            }
            if (ruleAction(a, "hiddenFromChoice")) {
                return Outcome.refuse("SB.2.9-3: '" + a.title + "' is hidden from choice");
            }
        }
        Activity current = currentId == null ? null : byId.get(currentId);
        if (current != null) {
            for (Activity a = current.parent; a != null; a = a.parent) {
                if (!a.choiceExit && !isAncestorOrSelf(a, target)) {
                    return Outcome.refuse("SB.2.9-7: '" + a.title + "' must be finished before leaving it");
                }
            }
        }
        for (Activity a = target; a != null; a = a.parent) {
            if (ruleAction(a, "disabled")) {
                return Outcome.refuse("SB.2.9-6: '" + a.title + "' is disabled");
            }
        }
        if (target.isLeaf()) {
            return deliverable(target);
        }
        if (!target.flow) {
            return Outcome.refuse("SB.2.12-5: flow is disabled inside '" + target.title + "'");
        }
        return deliverable(flowInto(target, true));
    }

    /** Whether the menu may offer choosing this activity now (not hidden, allowed, not disabled). */
    public boolean choosable(String id, String currentId) {
        return choice(id, currentId).ok();
    }

    /** Whether continue / previous would deliver something from here (adl.nav.request_valid). */
    public boolean canContinue(String currentId) {
        return continueFrom(currentId).ok();
    }

    public boolean canGoBack(String currentId) {
        return previousFrom(currentId).ok();
    }

    // ====================================================== traversal

    private static boolean isAncestorOrSelf(Activity ancestor, Activity a) {
        for (Activity x = a; x != null; x = x.parent) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The next (or previous) leaf in flow order from {@code from}, skipping what rules skip. */
    private Activity traverse(Activity from, boolean forward) {
        Activity at = from;
        while (true) {
            Activity next = sibling(at, forward);
            while (next == null) {
                at = at.parent;
                if (at == null || at.parent == null) {
                    return null;
                }
                if (forward && ruleAction(at, "stopForwardTraversal")) {
                    return null;
                }
                if (!at.parent.flow || !forward && at.parent.forwardOnly) {
                    return null;
                }
                next = sibling(at, forward);
            }
            if (forward && ruleAction(next, "stopForwardTraversal") && next.isLeaf()) {
                return null;
            }
            if (ruleAction(next, "skip")) {
                at = next;
                continue;
            }
            Activity leaf = next.isLeaf() ? next : flowInto(next, forward);
            if (leaf != null) {
                return leaf;
            }
            at = next;
        }
    }

    private static Activity sibling(Activity a, boolean forward) {
        if (a.parent == null) {
            return null;
        }
        int i = a.parent.children.indexOf(a) + (forward ? 1 : -1);
        return i >= 0 && i < a.parent.children.size() ? a.parent.children.get(i) : null;
    }

    /** Descends into a cluster to its first (or last) leaf, skipping skipped children. */
    private Activity flowInto(Activity cluster, boolean forward) {
        if (cluster.isLeaf()) {
            return cluster;
        }
        if (!cluster.flow) {
            return null;
        }
        List<Activity> kids = new ArrayList<>(cluster.children);
        if (!forward) {
            java.util.Collections.reverse(kids);
        }
        for (Activity k : kids) {
            if (ruleAction(k, "skip")) {
                continue;
            }
            Activity leaf = flowInto(k, forward);
            if (leaf != null) {
                return leaf;
            }
        }
        return null;
    }

    /** A leaf can be delivered unless it (or an ancestor) is disabled or its attempt limit is used up. */
    private Outcome deliverable(Activity leaf) {
        if (leaf == null) {
            return Outcome.refuse("SB.2.1-1: there is nothing further in that direction");
        }
        for (Activity a = leaf; a != null; a = a.parent) {
            if (ruleAction(a, "disabled")) {
                return Outcome.refuse("DB.1.1-3: '" + a.title + "' is disabled");
            }
            if (a.attemptLimit != null && a.attemptLimit > 0 && a.attempts >= a.attemptLimit) {
                return Outcome.refuse("DB.1.1-3: '" + a.title + "' has used its " + a.attemptLimit + " attempt(s)");
            }
        }
        return new Outcome(leaf, null);
    }

    /** Marks the start of an attempt on a delivered leaf (and its clusters, the first time). */
    public void delivered(String leafId) {
        for (Activity a = byId.get(leafId); a != null; a = a.parent) {
            if (a.isLeaf() || a.attempts == 0) {
                a.attempts++;
            }
        }
    }

    // ====================================================== rules

    boolean ruleAction(Activity a, String action) {
        for (Activity.Rule r : a.preConditionRules) {
            if (r.action().equals(action) && holds(a, r)) {
                return true;
            }
        }
        return false;
    }

    /** IMS SS rule evaluation with unknown: a condition on an unknown status is unknown, and unknown never fires. */
    private boolean holds(Activity a, Activity.Rule r) {
        List<Boolean> values = r.conditions().stream().map(c -> {
            Boolean v = condition(a, c);
            return v == null ? null : c.not() != v;
        }).toList();
        if (r.any()) {
            return values.stream().anyMatch(Boolean.TRUE::equals);
        }
        return !values.isEmpty() && values.stream().allMatch(Boolean.TRUE::equals);
    }

    private Boolean condition(Activity a, Activity.Condition c) {
        Boolean satisfied = c.objective() != null && a.reads.containsKey(c.objective())
                ? globals.get(a.reads.get(c.objective())) : c.objective() == null || isPrimary(a, c.objective()) ? a.satisfied : null;
        return switch (c.type()) {
            case "always" -> true;
            case "satisfied" -> satisfied;
            case "objectiveStatusKnown" -> satisfied != null;
            case "completed" -> a.completed;
            case "activityProgressKnown" -> a.completed != null;
            case "attempted" -> a.attempts > 0;
            case "attemptLimitExceeded" -> a.attemptLimit != null && a.attemptLimit > 0 && a.attempts >= a.attemptLimit;
            default -> null; // measure and time conditions are not covered: unknown
        };
    }

    private static boolean isPrimary(Activity a, String objective) {
        return objective.equals(a.primaryObjective);
    }
}
