package org.firstshift.elearning.packages.domain.sequencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A SCORM 2004 4th edition sequencing engine for the navigation a learner does in the player,
 * after the SN book's Overall Sequencing Process: a navigation request (start, resumeAll,
 * continue, previous, choice, jump, exit, exitAll, suspendAll, abandon, abandonAll) ends the
 * current attempt (Termination Request Process: exit-condition rules on the ancestors, then
 * post-condition rules exitParent/exitAll/retry/retryAll/continue/previous, whose sequencing
 * request replaces the learner's), then picks the activity to deliver honouring the control modes
 * (choice, choiceExit, flow, forwardOnly), the attempt limit and pre-condition rules (disabled,
 * skip, hiddenFromChoice, stopForwardTraversal). Rollup (RB.1) covers the measure rollup by
 * objectiveMeasureWeight, custom rollup rules (childActivitySet, conditionCombination,
 * conditions, actions) with rollupConsiderations, satisfiedByMeasure, and the default rules.
 * Selection and randomisation (randomizationControls) use an injectable {@link Random}; the
 * resulting order is exported ({@link #arrangement()}) so the caller keeps it with the attempt and
 * a resumed learner sees the same order. Objective maps read/write global satisfaction.
 *
 * <p>The engine is rebuilt for every request from the manifest and the stored attempts, so
 * {@link #navigate} only computes; {@link #begin} records the delivery (attempt counts, new
 * arrangement on a retried cluster).
 *
 * <p>Time limits: attemptAbsoluteDurationLimit (the only duration limit in SCORM 2004's profile of
 * imsss:limitConditions) is enforced by the Limit Conditions Check (UP.1) on delivery and read by
 * the {@code timeLimitExceeded} rule condition, against an injectable {@link Clock}.
 *
 * <p>Not covered: delivery controls other than tracked, the measure parts of objective maps and
 * auxiliary resources.
 */
public final class SequencingEngine {
    private final Activity root;
    private final Map<String, Activity> byId = new LinkedHashMap<>();
    private final Map<String, Boolean> globals = new HashMap<>();
    private Random random = new Random();
    private Clock clock = Clock.systemUTC();
    private Activity suspendedActivity;

    /** The learner's navigation requests (SN 4.4.2; jump is new in 4th edition). */
    public enum Request {
        START, RESUME_ALL, CONTINUE, PREVIOUS, CHOICE, JUMP, EXIT, EXIT_ALL, SUSPEND_ALL, ABANDON, ABANDON_ALL;

        /** The request for an {@code adl.nav.request} / player value such as {@code continue} or {@code suspendAll}. */
        public static Optional<Request> of(String value) {
            if (value == null) {
                return Optional.empty();
            }
            return switch (value) {
                case "start" -> Optional.of(START);
                case "resumeAll" -> Optional.of(RESUME_ALL);
                case "continue" -> Optional.of(CONTINUE);
                case "previous" -> Optional.of(PREVIOUS);
                case "choice" -> Optional.of(CHOICE);
                case "jump" -> Optional.of(JUMP);
                case "exit" -> Optional.of(EXIT);
                case "exitAll" -> Optional.of(EXIT_ALL);
                case "suspendAll" -> Optional.of(SUSPEND_ALL);
                case "abandon" -> Optional.of(ABANDON);
                case "abandonAll" -> Optional.of(ABANDON_ALL);
                default -> Optional.empty();
            };
        }
    }

    /**
     * What a request leads to: the leaf to deliver, or why it was refused (with the SN exception
     * code), or that the session ends ({@code ended}: exitAll, suspendAll, abandonAll, exit from the
     * course). {@code retried} is the activity a retry/retryAll post-condition starts anew.
     */
    public record Outcome(Activity deliver, String refused, boolean ended, Activity retried) {
        public Outcome(Activity deliver, String refused) {
            this(deliver, refused, false, null);
        }

        public boolean ok() {
            return deliver != null;
        }

        static Outcome refuse(String why) {
            return new Outcome(null, why);
        }

        static Outcome end(String why) {
            return new Outcome(null, why, true, null);
        }
    }

    /** The manifest declares sequencing of its own (imsss:sequencing somewhere), rather than relying on the defaults. */
    private boolean authored;

    public SequencingEngine(Activity root) {
        this.root = root;
        index(root);
    }

    SequencingEngine authored(boolean authored) {
        this.authored = authored;
        return this;
    }

    /**
     * Whether the package's author wrote sequencing (an imsss:sequencing in the manifest): then the
     * root's rollup decides the package's completion ({@link CourseRollup}); a package that only
     * gets the default sequencing keeps the every-SCO rule.
     */
    public boolean authored() {
        return authored;
    }

    /** What the course (the root activity) has rolled up to from the restored state. */
    public CourseRollup courseRollup() {
        return CourseRollup.of(root);
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
        List<Activity> out = new ArrayList<>();
        collectLeaves(root, out);
        return out;
    }

    private static void collectLeaves(Activity a, List<Activity> out) {
        if (a.isLeaf()) {
            out.add(a);
        }
        a.kids().forEach(k -> collectLeaves(k, out));
    }

    /** Tests inject a seeded Random; production uses a fresh one. */
    public SequencingEngine useRandom(Random random) {
        this.random = java.util.Objects.requireNonNull(random);
        return this;
    }

    /** Tests inject a fixed clock; production passes the application's. Time limits are measured with it. */
    public SequencingEngine useClock(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
        return this;
    }

    // ====================================================== selection and randomisation (SR.1, SR.2)

    /**
     * Restores the stored order of the clusters that select or randomise their children, then
     * arranges (with the engine's Random) every such cluster that has no order yet. Returns true
     * when something new was arranged, so the caller stores {@link #arrangement()}.
     */
    public boolean arrange(Map<String, List<String>> stored) {
        boolean changed = false;
        for (Activity a : byId.values()) {
            if (a.isLeaf() || !randomised(a)) {
                continue;
            }
            List<String> order = stored == null ? null : stored.get(a.id);
            if (order != null && restoreOrder(a, order)) {
                continue;
            }
            shuffle(a, true);
            changed = true;
        }
        return changed;
    }

    private static boolean randomised(Activity a) {
        return !"never".equals(a.selectionTiming) && a.selectCount != null
                || !"never".equals(a.randomizationTiming) && a.reorderChildren;
    }

    private static boolean restoreOrder(Activity a, List<String> order) {
        List<Activity> kids = new ArrayList<>();
        for (String id : order) {
            Optional<Activity> k = a.children.stream().filter(c -> c.id.equals(id)).findFirst();
            if (k.isEmpty()) {
                return false; // the package changed since: arrange anew
            }
            kids.add(k.get());
        }
        a.available = kids;
        return true;
    }

    /** SR.1 then SR.2 for a new attempt on a cluster ({@code first}: its first attempt, when "once" applies too). */
    private void shuffle(Activity a, boolean first) {
        List<Activity> kids = new ArrayList<>(a.children);
        boolean select = a.selectCount != null && ("onEachNewAttempt".equals(a.selectionTiming) || first && "once".equals(a.selectionTiming));
        if (select && a.selectCount < kids.size()) {
            List<Activity> pool = new ArrayList<>(kids);
            java.util.Collections.shuffle(pool, random);
            java.util.Set<Activity> chosen = new java.util.HashSet<>(pool.subList(0, Math.max(0, a.selectCount)));
            kids.removeIf(k -> !chosen.contains(k)); // the chosen keep their manifest order (SR.1)
        } else if (!select && a.available != null) {
            kids = new ArrayList<>(a.available);
        }
        boolean reorder = a.reorderChildren && ("onEachNewAttempt".equals(a.randomizationTiming) || first && "once".equals(a.randomizationTiming));
        if (reorder) {
            java.util.Collections.shuffle(kids, random);
        }
        a.available = kids;
    }

    /** The order of every cluster that selects or randomises, to keep with the learner's attempt. */
    public Map<String, List<String>> arrangement() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byId.values().stream().filter(a -> !a.isLeaf() && randomised(a) && a.available != null)
                .forEach(a -> out.put(a.id, a.available.stream().map(Activity::id).toList()));
        return out;
    }

    // ====================================================== tracking

    /**
     * What a delivered SCO reported when its session ended: its completion and success, null when
     * unknown. Writes mapped global objectives and rolls up to the root.
     */
    public void report(String leafId, Boolean completed, Boolean satisfied) {
        report(leafId, completed, satisfied, null);
    }

    /** As {@link #report(String, Boolean, Boolean)} with the normalized measure (cmi.score.scaled). */
    public void report(String leafId, Boolean completed, Boolean satisfied, Double measure) {
        Activity a = byId.get(leafId);
        a.completed = completed;
        a.measure = measure;
        a.satisfied = a.satisfiedByMeasure && measure != null ? Boolean.valueOf(measure >= a.minNormalizedMeasure) : satisfied;
        a.writes.forEach(g -> globals.put(g, a.satisfied));
        rollup(a.parent);
    }

    /** Restores a leaf's state (from stored attempts) without counting anything twice. */
    public void restore(String leafId, int attempts, Boolean completed, Boolean satisfied) {
        restore(leafId, attempts, completed, satisfied, null, false);
    }

    public void restore(String leafId, int attempts, Boolean completed, Boolean satisfied, Double measure, boolean suspended) {
        Activity a = byId.get(leafId);
        a.attempts = attempts;
        a.suspended = suspended;
        for (Activity p = a.parent; p != null && attempts > 0; p = p.parent) {
            p.attempts = Math.max(p.attempts, 1);
        }
        report(leafId, completed, satisfied, measure);
    }

    /**
     * When the leaf's current attempt began ({@code startedAt}, null if not recorded) and the time
     * the run-time recorded for it (cmi.total_time, null if unknown): what its Attempt Absolute
     * Duration is measured from.
     */
    public void restoreAttemptTime(String leafId, Instant startedAt, Duration recorded) {
        Activity a = byId.get(leafId);
        a.attemptStartedAt = startedAt;
        a.attemptRecordedTime = recorded;
    }

    /**
     * The Attempt Absolute Duration of the activity's current attempt (SN tracking model: the
     * wall-clock time since the attempt began, suspended time included): for a leaf from the start
     * of its attempt to now, or, when its start was not recorded, the time the run-time recorded
     * (cmi.total_time, a lower bound); for a cluster, from the earliest start among the current
     * attempts of its activities. Null when the activity has not been attempted.
     */
    public Duration attemptAbsoluteDuration(Activity a) {
        Instant start = earliestStart(a);
        if (start != null) {
            Duration d = Duration.between(start, clock.instant());
            return d.isNegative() ? Duration.ZERO : d;
        }
        return a.isLeaf() ? a.attemptRecordedTime : null;
    }

    private static Instant earliestStart(Activity a) {
        if (a.isLeaf()) {
            return a.attemptStartedAt;
        }
        Instant min = null;
        for (Activity k : a.kids()) {
            Instant s = earliestStart(k);
            if (s != null && (min == null || s.isBefore(min))) {
                min = s;
            }
        }
        return min;
    }

    /** Whether the activity's attempt has run out of its attemptAbsoluteDurationLimit (false without a limit). */
    public boolean timeLimitExceeded(Activity a) {
        if (a.attemptAbsoluteDurationLimit == null) {
            return false;
        }
        Duration spent = attemptAbsoluteDuration(a);
        return spent != null && spent.compareTo(a.attemptAbsoluteDurationLimit) >= 0;
    }

    /** The activity a suspendAll left the session in (restored from storage), resumed by resumeAll. */
    public void restoreSuspended(String activityId) {
        suspendedActivity = activityId == null ? null : byId.get(activityId);
    }

    public Optional<Activity> suspendedActivity() {
        return Optional.ofNullable(suspendedActivity);
    }

    /** RB.1.5 Overall Rollup: measure, then objective (satisfaction), then progress (completion), up to the root. */
    private void rollup(Activity cluster) {
        for (Activity c = cluster; c != null; c = c.parent) {
            measureRollup(c);
            objectiveRollup(c);
            progressRollup(c);
        }
    }

    /** RB.1.1: the weighted mean of the tracked children's measures; unknown when none is known. */
    private static void measureRollup(Activity c) {
        double total = 0;
        double counted = 0;
        boolean valid = false;
        for (Activity k : c.kids()) {
            if (!k.tracked) {
                continue;
            }
            counted += k.measureWeight;
            if (k.measure != null) {
                valid = true;
                total += k.measure * k.measureWeight;
            }
        }
        c.measure = valid && counted > 0 ? Double.valueOf(total / counted) : null;
    }

    /** RB.1.2: custom rules if any name a satisfaction action, else by measure, else the default rules. */
    private void objectiveRollup(Activity c) {
        boolean hasRules = c.rollupRules.stream().anyMatch(r -> r.action().equals("satisfied") || r.action().equals("notSatisfied"));
        if (hasRules) {
            Boolean result = null;
            if (rollupRuleFires(c, "notSatisfied")) {
                result = false;
            }
            if (rollupRuleFires(c, "satisfied")) {
                result = true;
            }
            c.satisfied = result;
        } else if (c.satisfiedByMeasure) {
            c.satisfied = c.measure == null ? null : c.measure >= c.minNormalizedMeasure;
        } else {
            List<Activity> kids = contributing(c, "satisfied");
            if (kids.isEmpty()) {
                return;
            }
            if (kids.stream().allMatch(k -> Boolean.TRUE.equals(k.satisfied))) {
                c.satisfied = true;
            } else if (kids.stream().allMatch(k -> k.satisfied != null)) {
                c.satisfied = false;
            } else {
                c.satisfied = null;
            }
        }
        c.writes.forEach(g -> globals.put(g, c.satisfied));
    }

    /** RB.1.3: custom completion rules, else the default (all completed; started or known: incomplete). */
    private void progressRollup(Activity c) {
        boolean hasRules = c.rollupRules.stream().anyMatch(r -> r.action().equals("completed") || r.action().equals("incomplete"));
        if (hasRules) {
            Boolean result = null;
            if (rollupRuleFires(c, "incomplete")) {
                result = false;
            }
            if (rollupRuleFires(c, "completed")) {
                result = true;
            }
            c.completed = result;
            return;
        }
        List<Activity> kids = contributing(c, "completed");
        if (kids.isEmpty()) {
            return;
        }
        if (kids.stream().allMatch(k -> Boolean.TRUE.equals(k.completed))) {
            c.completed = true;
        } else if (kids.stream().anyMatch(k -> k.attempts > 0 || k.completed != null)) {
            c.completed = false;
        } else {
            c.completed = null;
        }
    }

    /** RB.1.4: whether any of the cluster's rules with this action holds over its children. */
    private boolean rollupRuleFires(Activity c, String action) {
        for (Activity.RollupRule rule : c.rollupRules) {
            if (!rule.action().equals(action)) {
                continue;
            }
            List<Boolean> bag = contributing(c, action).stream().map(k -> rollupConditions(k, rule)).toList();
            if (bag.isEmpty()) {
                continue;
            }
            long yes = bag.stream().filter(Boolean.TRUE::equals).count();
            boolean holds = switch (rule.childActivitySet()) {
                case "any" -> yes > 0;
                case "none" -> bag.stream().allMatch(Boolean.FALSE::equals);
                case "atLeastCount" -> yes >= rule.minimumCount();
                case "atLeastPercent" -> (double) yes / bag.size() >= rule.minimumPercent() - 1e-9;
                default -> yes == bag.size(); // all
            };
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** One child's value for a rollup rule: true, false or unknown (null). */
    private Boolean rollupConditions(Activity k, Activity.RollupRule rule) {
        List<Boolean> values = rule.conditions().stream().map(cond -> {
            Boolean v = condition(k, cond);
            return v == null ? null : cond.not() != v;
        }).toList();
        if (rule.any()) {
            return values.stream().anyMatch(Boolean.TRUE::equals) ? Boolean.TRUE
                    : values.stream().allMatch(Boolean.FALSE::equals) ? Boolean.FALSE : null;
        }
        return values.stream().anyMatch(Boolean.FALSE::equals) ? Boolean.FALSE
                : !values.isEmpty() && values.stream().allMatch(Boolean.TRUE::equals) ? Boolean.TRUE : null;
    }

    /**
     * RB.1.4.2 Check Child for Rollup: tracked children that roll up this kind of status and whose
     * rollupConsiderations (requiredFor...) include them now.
     */
    private List<Activity> contributing(Activity c, String action) {
        boolean satisfaction = action.equals("satisfied") || action.equals("notSatisfied");
        return c.kids().stream().filter(k -> k.tracked && (satisfaction ? k.rollupSatisfied : k.rollupCompletion)).filter(k -> {
            String required = switch (action) {
                case "satisfied" -> k.requiredForSatisfied;
                case "notSatisfied" -> k.requiredForNotSatisfied;
                case "completed" -> k.requiredForCompleted;
                default -> k.requiredForIncomplete;
            };
            return switch (required) {
                case "ifAttempted" -> k.attempts > 0;
                case "ifNotSkipped" -> !ruleAction(k, "skip");
                case "ifNotSuspended" -> k.attempts == 0 || !k.suspended;
                default -> true;
            };
        }).toList();
    }

    // ====================================================== navigation requests

    /**
     * The Overall Sequencing Process for one navigation request from the leaf the learner is in
     * ({@code currentId}, whose attempt has just ended; null before the session starts).
     * {@code targetId} names the activity of a choice or jump. Computes only: see {@link #begin}.
     */
    public Outcome navigate(Request request, String targetId, String currentId) {
        Activity current = currentId == null ? null : byId.get(currentId);
        return switch (request) {
            case START -> suspendedActivity != null ? resumeAll() : start();
            case RESUME_ALL -> resumeAll();
            case EXIT_ALL -> Outcome.end("exitAll: the course session ends");
            case ABANDON_ALL -> Outcome.end("abandonAll: the course session ends without ending the attempts");
            case SUSPEND_ALL -> current == null ? Outcome.refuse("NB.2.1-2: there is no current activity to suspend")
                    : Outcome.end("suspendAll: the course is suspended at '" + current.title + "'");
            case ABANDON -> current == null ? Outcome.refuse("NB.2.1-2: there is no current activity to abandon")
                    : Outcome.end("abandon: the attempt on '" + current.title + "' is abandoned");
            case JUMP -> jump(targetId);
            case CONTINUE, PREVIOUS, EXIT, CHOICE -> afterExit(request, targetId, current);
        };
    }

    /** TB.2.3 (exit), then the sequencing request: a post-condition's own request replaces the learner's. */
    private Outcome afterExit(Request request, String targetId, Activity current) {
        if (current == null) {
            return switch (request) {
                case CONTINUE -> start();
                case CHOICE -> choice(targetId, null);
                case PREVIOUS -> Outcome.refuse("SB.2.8-1: there is no current activity");
                default -> Outcome.refuse("TB.2.3-1: there is no current activity to exit");
            };
        }
        if (request == Request.CHOICE) {
            Outcome allowed = choice(targetId, current.id); // NB.2.1: choice must be valid from here first
            if (!allowed.ok()) {
                return allowed;
            }
        }
        Exit exit = exitRules(current);
        if (exit.exitAll) {
            return Outcome.end("exitAll: a post-condition rule of '" + exit.at.title + "' ended the course");
        }
        if (exit.retry != null) {
            Outcome o = retry(exit.retry);
            return new Outcome(o.deliver(), o.refused(), false, exit.retry);
        }
        if (exit.then != null) {
            return exit.then == Request.CONTINUE ? continueFrom(exit.at) : previousFrom(exit.at);
        }
        return switch (request) {
            case CONTINUE -> continueFrom(exit.at);
            case PREVIOUS -> previousFrom(exit.at);
            case CHOICE -> choice(targetId, current.id);
            default -> Outcome.end(exit.at == root ? "exit: the course session ends" : "exit: '" + exit.at.title + "' ended");
        };
    }

    /** Where an exit leaves the session: the activity whose attempt ended last, and a post-condition request. */
    private record Exit(Activity at, boolean exitAll, Activity retry, Request then) {
    }

    /**
     * TB.2.1 Sequencing Exit Action Rules (from the root down, the first ancestor whose exit rule
     * holds ends too), then TB.2.2 Sequencing Post Condition Rules on that activity: exitParent
     * climbs and evaluates again; exitAll, retry, retryAll, continue and previous give the request.
     */
    private Exit exitRules(Activity current) {
        Activity at = current;
        List<Activity> path = new ArrayList<>();
        for (Activity a = current.parent; a != null; a = a.parent) {
            path.add(0, a);
        }
        for (Activity a : path) {
            if (ruleFires(a, a.exitConditionRules, "exit")) {
                at = a;
                break;
            }
        }
        while (true) {
            if (at.suspended) {
                return new Exit(at, false, null, null);
            }
            String action = firstAction(at, at.postConditionRules);
            if (action == null) {
                return new Exit(at, false, null, null);
            }
            switch (action) {
                case "exitParent" -> {
                    if (at.parent == null) {
                        return new Exit(at, false, null, null);
                    }
                    at = at.parent;
                }
                case "exitAll" -> {
                    return new Exit(at, true, null, null);
                }
                case "retry" -> {
                    return new Exit(at, false, at, null);
                }
                case "retryAll" -> {
                    return new Exit(root, false, root, null);
                }
                case "continue" -> {
                    return new Exit(at, false, null, Request.CONTINUE);
                }
                case "previous" -> {
                    return new Exit(at, false, null, Request.PREVIOUS);
                }
                default -> {
                    return new Exit(at, false, null, null);
                }
            }
        }
    }

    /** SB.2.10 Retry: the leaf itself, or flow into the cluster from its start. */
    private Outcome retry(Activity a) {
        if (a.isLeaf()) {
            return deliverable(a);
        }
        if (!a.flow) {
            return Outcome.refuse("SB.2.10-3: flow is disabled inside '" + a.title + "', it cannot be retried");
        }
        return deliverable(flowInto(a, true));
    }

    /** SB.2.13 Jump (4th edition): the target leaf regardless of control modes, if deliverable. */
    private Outcome jump(String targetId) {
        Activity target = targetId == null ? null : byId.get(targetId);
        if (target == null) {
            return Outcome.refuse("SB.2.13-1: no activity '" + targetId + "'");
        }
        if (!target.isLeaf()) {
            return Outcome.refuse("DB.1.1-1: '" + target.title + "' is a cluster, jump needs an activity with content");
        }
        if (!available(target)) {
            return Outcome.refuse("SB.2.13-1: '" + target.title + "' is not selected for this attempt");
        }
        return deliverable(target);
    }

    /** SB.2.6 Resume All: the suspended activity. */
    private Outcome resumeAll() {
        if (suspendedActivity == null) {
            return Outcome.refuse("SB.2.6-2: there is no suspended activity to resume");
        }
        return deliverable(suspendedActivity.isLeaf() ? suspendedActivity : flowInto(suspendedActivity, true));
    }

    /** Start: flows from the root into its first deliverable leaf. */
    public Outcome start() {
        if (!root.flow && !root.isLeaf()) {
            return Outcome.refuse("SB.2.12-5: flow is disabled for the course; choose an activity");
        }
        return deliverable(flowInto(root, true));
    }

    /** Continue from the leaf the learner is in (post-condition rules apply). */
    public Outcome continueFrom(String currentId) {
        return navigate(Request.CONTINUE, null, currentId);
    }

    /** Previous from the leaf the learner is in (post-condition rules apply). */
    public Outcome previousFrom(String currentId) {
        return navigate(Request.PREVIOUS, null, currentId);
    }

    /** SB.2.7 Continue from an activity whose attempt has ended. */
    private Outcome continueFrom(Activity current) {
        if (current.parent == null) {
            return Outcome.end("SB.2.7-2: the course has ended");
        }
        if (!current.parent.flow) {
            return Outcome.refuse("SB.2.7-1: flow is disabled for '" + current.parent.title + "'");
        }
        return deliverable(traverse(current, true));
    }

    /** SB.2.8 Previous. */
    private Outcome previousFrom(Activity current) {
        if (current.parent == null) {
            return Outcome.refuse("SB.2.8-1: there is no activity before the course");
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
        if (!available(target)) {
            return Outcome.refuse("SB.2.9-2: '" + target.title + "' is not selected for this attempt");
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

    /**
     * The adl.nav.request_valid answers from the leaf being delivered: continue, previous, and
     * per activity choice and jump ("true"/"false"), keyed as the run-time names them
     * ({@code continue}, {@code previous}, {@code choice.{target=ID}}, {@code jump.{target=ID}}).
     */
    public Map<String, String> requestValid(String currentId) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("continue", String.valueOf(canContinue(currentId)));
        out.put("previous", String.valueOf(canGoBack(currentId)));
        for (Activity a : byId.values()) {
            out.put("choice.{target=" + a.id + "}", String.valueOf(a.parent != null && choosable(a.id, currentId)));
            out.put("jump.{target=" + a.id + "}", String.valueOf(jump(a.id).ok()));
        }
        return out;
    }

    /**
     * Records that the outcome's activity is delivered: a retried cluster starts a new attempt
     * (children arranged anew when their randomisation applies on each new attempt, and the leaf
     * found again in that order); every activity on the path counts its attempt. Returns the leaf.
     */
    public Activity begin(Outcome outcome) {
        Activity leaf = outcome.deliver();
        Activity retried = outcome.retried();
        if (retried != null && !retried.isLeaf()) {
            newAttempt(retried);
            Activity again = flowInto(retried, true);
            leaf = again == null ? leaf : again;
        }
        suspendedActivity = null;
        delivered(leaf.id);
        return leaf;
    }

    private void newAttempt(Activity cluster) {
        if (cluster.isLeaf()) {
            return;
        }
        if (randomised(cluster)) {
            shuffle(cluster, false);
        }
        cluster.kids().forEach(this::newAttempt);
    }

    /** Marks the start of an attempt on a delivered leaf (and its clusters, the first time). */
    public void delivered(String leafId) {
        Activity leaf = byId.get(leafId);
        if (!leaf.suspended || leaf.attemptStartedAt == null) {
            leaf.attemptStartedAt = clock.instant(); // a new attempt; a resumed one keeps its start
            leaf.attemptRecordedTime = null;
        }
        for (Activity a = leaf; a != null; a = a.parent) {
            if (a.isLeaf() || a.attempts == 0) {
                a.attempts++;
            }
        }
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

    /** Not left out by selection (SR.1) on the way from the root. */
    private static boolean available(Activity a) {
        for (Activity x = a; x.parent != null; x = x.parent) {
            if (!x.parent.kids().contains(x)) {
                return false;
            }
        }
        return true;
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
        List<Activity> kids = a.parent.kids();
        int at = kids.indexOf(a);
        if (at < 0) {
            return null;
        }
        int i = at + (forward ? 1 : -1);
        return i >= 0 && i < kids.size() ? kids.get(i) : null;
    }

    /** Descends into a cluster to its first (or last) leaf, skipping skipped children. */
    private Activity flowInto(Activity cluster, boolean forward) {
        if (cluster.isLeaf()) {
            return cluster;
        }
        if (!cluster.flow) {
            return null;
        }
        List<Activity> kids = new ArrayList<>(cluster.kids());
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

    /**
     * A leaf can be delivered unless it (or an ancestor) is disabled or fails the Limit Conditions
     * Check (UP.1): its attempt limit is used up, or its attempt's absolute duration has reached
     * attemptAbsoluteDurationLimit. As in UP.1, a suspended leaf is resumed, not limited (its
     * attempt continues).
     */
    private Outcome deliverable(Activity leaf) {
        if (leaf == null) {
            return Outcome.refuse("SB.2.1-1: there is nothing further in that direction");
        }
        for (Activity a = leaf; a != null; a = a.parent) {
            if (ruleAction(a, "disabled")) {
                return Outcome.refuse("DB.1.1-3: '" + a.title + "' is disabled");
            }
            if (a.attemptLimit != null && a.attemptLimit > 0 && a.attempts >= a.attemptLimit && !(a.isLeaf() && a.suspended)) {
                return Outcome.refuse("DB.1.1-3: '" + a.title + "' has used its " + a.attemptLimit + " attempt(s)");
            }
            if (!(a.isLeaf() && a.suspended) && timeLimitExceeded(a)) {
                return Outcome.refuse("DB.1.1-3: '" + a.title + "' has used its time limit of " + readable(a.attemptAbsoluteDurationLimit));
            }
        }
        return new Outcome(leaf, null);
    }

    /** A limit as people read it: 1h 30m, 45m, 2d 4h. */
    static String readable(Duration d) {
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append("h ");
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append("m ");
        }
        if (d.toSecondsPart() > 0 || out.length() == 0) {
            out.append(d.toSecondsPart()).append("s ");
        }
        return out.toString().trim();
    }

    // ====================================================== rules

    boolean ruleAction(Activity a, String action) {
        return ruleFires(a, a.preConditionRules, action);
    }

    private boolean ruleFires(Activity a, List<Activity.Rule> rules, String action) {
        for (Activity.Rule r : rules) {
            if (r.action().equals(action) && holds(a, r)) {
                return true;
            }
        }
        return false;
    }

    /** UP.2 Sequencing Rules Check: the action of the first rule (in document order) that holds. */
    private String firstAction(Activity a, List<Activity.Rule> rules) {
        for (Activity.Rule r : rules) {
            if (holds(a, r)) {
                return r.action();
            }
        }
        return null;
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
        Double measure = c.objective() == null || isPrimary(a, c.objective()) ? a.measure : null;
        double threshold = c.measureThreshold() == null ? 0.0 : c.measureThreshold();
        return switch (c.type()) {
            case "always" -> true;
            case "satisfied" -> satisfied;
            case "objectiveStatusKnown" -> satisfied != null;
            case "objectiveMeasureKnown" -> measure != null;
            case "objectiveMeasureGreaterThan" -> measure == null ? null : measure > threshold;
            case "objectiveMeasureLessThan" -> measure == null ? null : measure < threshold;
            case "completed" -> a.completed;
            case "activityProgressKnown" -> a.completed != null;
            case "attempted" -> a.attempts > 0;
            case "attemptLimitExceeded" -> a.attemptLimit != null && a.attemptLimit > 0 && a.attempts >= a.attemptLimit;
            // SCORM 2004 profiles imsss:limitConditions down to attemptLimit and
            // attemptAbsoluteDurationLimit, so the attempt's absolute duration is the one time limit.
            case "timeLimitExceeded" -> timeLimitExceeded(a);
            // True only outside beginTimeLimit..endTimeLimit, which SCORM 2004's profile of IMS SS
            // leaves out: the ADL CAM's <limitConditions> (and the imsss_v1p0limit.xsd ADL ships)
            // has attemptLimit and attemptAbsoluteDurationLimit only. With no range, an activity
            // is never outside it.
            case "outsideAvailableTimeRange" -> false;
            default -> null;
        };
    }

    private static boolean isPrimary(Activity a, String objective) {
        return objective.equals(a.primaryObjective);
    }
}
