package org.firstshift.elearning.cmi5.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.Optional;
import java.util.Set;

/**
 * The rules an AU's statements must keep within its session and registration (cmi5 9.3 verb order,
 * 9.4 object, 9.5 result, 9.6 context, 10.0 launchMode), checked one statement at a time against
 * what the session has seen so far. "cmi5 defined" statements are those with an AU verb
 * (initialized, completed, passed, failed, terminated) or the cmi5 category; any other verb is
 * "cmi5 allowed" and only has to come between initialized and terminated with the session's
 * registration and session id. A statement the rules refuse leaves the state as it was.
 */
public final class Cmi5Rules {
    /** Verbs only the LMS uses; an AU's credential may not write them. */
    static final Set<String> LMS_VERBS = Set.of(Verbs.LAUNCHED, Verbs.ABANDONED, Verbs.WAIVED, Verbs.SATISFIED);
    static final Set<String> NEED_DURATION = Set.of(Verbs.COMPLETED, Verbs.PASSED, Verbs.FAILED, Verbs.TERMINATED);

    private Cmi5Rules() {
    }

    /** A broken rule: its section and name in the spec, and what was wrong. */
    public record Violation(String rule, String problem) {
        public String message(String statementId) {
            return "statement " + statementId + " breaks cmi5 rule " + rule + ": " + problem;
        }
    }

    /**
     * What the rules know about one AU session: its ids, launch mode and mastery score, how it ended
     * (if it did), and which cmi5 defined verbs were already sent in it and, for its AU, in its registration.
     */
    public static final class SessionState {
        final String sessionId;
        final String registration;
        final String activityId;
        final LaunchMode mode;
        final Double masteryScore;
        final String endedBy;
        boolean initialized;
        boolean terminated;
        boolean judgedInSession;
        boolean completedInRegistration;
        boolean passedInRegistration;

        public SessionState(String sessionId, String registration, String activityId, LaunchMode mode, Double masteryScore, String endedBy) {
            this.sessionId = sessionId;
            this.registration = registration;
            this.activityId = activityId;
            this.mode = mode;
            this.masteryScore = masteryScore;
            this.endedBy = endedBy;
        }

        /** What the session and the registration already hold. */
        public SessionState seen(boolean initialized, boolean judgedInSession, boolean completedInRegistration, boolean passedInRegistration) {
            this.initialized = initialized;
            this.judgedInSession = judgedInSession;
            this.completedInRegistration = completedInRegistration;
            this.passedInRegistration = passedInRegistration;
            return this;
        }

        public boolean isTerminated() { return terminated; }
    }

    /** Checks one statement; when it keeps the rules, records it in {@code state} and returns empty. */
    public static Optional<Violation> admit(JsonObject s, SessionState state) {
        Optional<Violation> broken = check(s, state);
        if (broken.isEmpty()) {
            record(verb(s), state);
        }
        return broken;
    }

    private static Optional<Violation> check(JsonObject s, SessionState state) {
        String verb = verb(s);
        String sessionId = Cmi5Statements.sessionIdOf(s);
        if (sessionId == null) {
            return broken("9.6.3.1 session id", "the context extension " + Cmi5Statements.SESSION_ID + " is missing");
        }
        if (!sessionId.equals(state.sessionId)) {
            return broken("9.6.3.1 session id", "session id " + sessionId + " is not this launch's session");
        }
        String registration = s.get("context") instanceof JsonObject c && c.get("registration") instanceof JsonString r ? r.getString() : null;
        if (registration == null || !registration.equalsIgnoreCase(state.registration)) {
            return broken("9.6.1 registration", "context.registration must be the launch's registration " + state.registration);
        }
        if (state.endedBy != null) {
            return broken("9.3.6 abandoned", "the session was " + state.endedBy + " by the LMS; no statement may be recorded for it");
        }
        if (state.terminated) {
            return broken("9.3.8 terminated last", "the session is terminated; nothing may follow \"terminated\"");
        }
        if (LMS_VERBS.contains(verb)) {
            return broken("9.3 LMS verbs", "\"" + Verbs.display(verb) + "\" is written by the LMS only, never by an AU");
        }
        if (!state.initialized && !Verbs.INITIALIZED.equals(verb)) {
            return broken("9.3.2 initialized first", "\"initialized\" must be the session's first statement");
        }
        boolean defined = Cmi5Statements.AU_DEFINED.contains(verb) || Cmi5Statements.hasCmi5Category(s);
        if (!defined) {
            return Optional.empty();
        }
        if (!Cmi5Statements.hasCmi5Category(s)) {
            return broken("9.6.2.1 cmi5 category", "a cmi5 defined statement (\"" + Verbs.display(verb)
                    + "\") needs the category activity " + Cmi5Statements.CATEGORY_CMI5);
        }
        if (!(s.get("object") instanceof JsonObject o) || !state.activityId.equals(o.getString("id", null))) {
            return broken("9.4 object", "the object of a cmi5 defined statement must be the AU " + state.activityId);
        }
        if (Verbs.INITIALIZED.equals(verb) && state.initialized) {
            return broken("9.3.2 initialized once", "the session is already initialized");
        }
        boolean judging = Verbs.COMPLETED.equals(verb) || Verbs.PASSED.equals(verb) || Verbs.FAILED.equals(verb);
        if (judging && !state.mode.recordsCompletion()) {
            return broken("10.0 launchMode", "the AU was launched in " + state.mode + " mode, where \"" + Verbs.display(verb)
                    + "\" must not be sent");
        }
        if (NEED_DURATION.contains(verb) && !(s.get("result") instanceof JsonObject r && r.get("duration") instanceof JsonString)) {
            return broken("9.5.4.1 duration", "\"" + Verbs.display(verb) + "\" needs result.duration");
        }
        if (Verbs.COMPLETED.equals(verb) && state.completedInRegistration) {
            return broken("9.3.3 completed once", "the AU is already completed in this registration");
        }
        if ((Verbs.PASSED.equals(verb) || Verbs.FAILED.equals(verb)) && state.passedInRegistration) {
            return broken("9.3.4 passed is final", "the AU is already passed in this registration; neither \"passed\" nor \"failed\" may follow");
        }
        if ((Verbs.PASSED.equals(verb) || Verbs.FAILED.equals(verb)) && state.judgedInSession) {
            return broken("9.3 one judgement per session", "the session already has a \"passed\" or \"failed\"");
        }
        Double scaled = scaled(s);
        if (state.masteryScore != null && scaled != null) {
            if (Verbs.PASSED.equals(verb) && scaled < state.masteryScore) {
                return broken("9.3.4 masteryScore", "\"passed\" with scaled score " + scaled + " is below the mastery score " + state.masteryScore);
            }
            if (Verbs.FAILED.equals(verb) && scaled >= state.masteryScore) {
                return broken("9.3.5 masteryScore", "\"failed\" with scaled score " + scaled + " meets the mastery score " + state.masteryScore);
            }
        }
        return Optional.empty();
    }

    private static void record(String verb, SessionState state) {
        switch (verb) {
            case Verbs.INITIALIZED -> state.initialized = true;
            case Verbs.TERMINATED -> state.terminated = true;
            case Verbs.COMPLETED -> state.completedInRegistration = true;
            case Verbs.PASSED -> {
                state.passedInRegistration = true;
                state.judgedInSession = true;
            }
            case Verbs.FAILED -> state.judgedInSession = true;
            default -> {
                // cmi5 allowed statements change nothing the rules look at
            }
        }
    }

    static String verb(JsonObject s) {
        return s.get("verb") instanceof JsonObject v ? v.getString("id", "") : "";
    }

    private static Double scaled(JsonObject s) {
        if (s.get("result") instanceof JsonObject r && r.get("score") instanceof JsonObject score && score.get("scaled") instanceof JsonNumber n) {
            return n.doubleValue();
        }
        return null;
    }

    private static Optional<Violation> broken(String rule, String problem) {
        return Optional.of(new Violation(rule, problem));
    }
}
