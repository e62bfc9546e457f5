package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.cmi5.domain.MoveOn;
import org.firstshift.elearning.cmi5.domain.Verbs;
import org.firstshift.elearning.packages.application.PackageActivity;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.application.StatementsStored;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.elearning.xapi.domain.XapiException;
import org.firstshift.learning.application.Progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LMS watching an AU's statements as the LRS stores them (in the same transaction, so a refusal
 * leaves nothing behind). For statements written with a cmi5 launch credential: a "cmi5 defined"
 * statement (an AU verb, or the cmi5 category) must name its session and be about the launched AU;
 * no statement is accepted for a session that was abandoned or terminated; a passed score must meet
 * the mastery score. Then moveOn: when every AU of the course meets its criterion in the
 * registration, the LMS writes "satisfied" for the course and the package activity completes in
 * learning, through the same progress service SCORM uses.
 */
@ApplicationScoped
public class Cmi5Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    LearningRecordStore lrs;

    @Inject
    PackageCatalog catalog;

    @Inject
    Learners learners;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    void on(@Observes StatementsStored stored) {
        if (!stored.authority().limited() || stored.authority().registration() == null) {
            return;
        }
        Cmi5Session moveOnSession = null;
        for (JsonObject s : stored.statements()) {
            String verb = s.getJsonObject("verb").getString("id");
            String sessionId = Cmi5Statements.sessionIdOf(s);
            boolean defined = Cmi5Statements.AU_DEFINED.contains(verb) || Cmi5Statements.hasCmi5Category(s);
            Optional<Cmi5Session> session = sessionId == null ? Optional.empty() : bySessionId(sessionId)
                    .filter(x -> x.getRegistration().equalsIgnoreCase(stored.authority().registration()));
            if (session.isEmpty()) {
                if (defined && isCmi5Registration(stored.authority().registration())) {
                    throw XapiException.badRequest("statement " + s.getString("id") + ": a cmi5 defined statement needs the context extension "
                            + Cmi5Statements.SESSION_ID + " with this launch's session id");
                }
                continue;
            }
            Cmi5Session current = session.get();
            if (current.isEnded()) {
                throw new XapiException(403, "statement " + s.getString("id") + ": cmi5 session " + current.getSessionId()
                        + " has ended (" + current.getEndVerb() + "); launch the AU again");
            }
            if (defined && !current.getActivityId().equals(s.getJsonObject("object").getString("id", null))) {
                throw XapiException.badRequest("statement " + s.getString("id") + ": the object of a cmi5 defined statement must be the AU "
                        + current.getActivityId());
            }
            if (Verbs.PASSED.equals(verb)) {
                masteryMet(current, s);
            }
            if (Verbs.TERMINATED.equals(verb)) {
                current.end("terminated", clock.instant());
            }
            if (Verbs.COMPLETED.equals(verb) || Verbs.PASSED.equals(verb)) {
                moveOnSession = current;
            }
        }
        if (moveOnSession != null) {
            evaluate(moveOnSession, stored.statements());
        }
    }

    /** A "passed" with a scaled score below the AU's mastery score is refused (9.3.4). */
    private void masteryMet(Cmi5Session session, JsonObject statement) {
        Double mastery = item(session).map(PackageItem::getMasteryScore).orElse(null);
        if (mastery == null || !(statement.get("result") instanceof JsonObject r) || !(r.get("score") instanceof JsonObject score)
                || !(score.get("scaled") instanceof JsonNumber scaled)) {
            return;
        }
        if (scaled.doubleValue() < mastery) {
            throw XapiException.badRequest("statement " + statement.getString("id") + ": passed with scaled score " + scaled
                    + " is below the AU's mastery score " + mastery);
        }
    }

    /** moveOn over every AU of the course, with what the LRS holds for the registration and this batch. */
    private void evaluate(Cmi5Session session, List<JsonObject> batch) {
        ElearningPackage pkg = catalog.byCode(session.getPackageCode()).orElse(null);
        if (pkg == null) {
            return;
        }
        List<JsonObject> all = new ArrayList<>(inRegistration(session.getRegistration()));
        batch.stream().filter(b -> all.stream().noneMatch(a -> a.getString("id").equals(b.getString("id")))).forEach(all::add);
        String courseId = Cmi5Statements.courseId(pkg.getCode());
        if (all.stream().anyMatch(s -> is(s, Verbs.SATISFIED, courseId))) {
            return;
        }
        List<Double> scores = new ArrayList<>();
        for (PackageItem au : catalog.launchable(pkg.getId()).stream().filter(i -> "au".equals(i.getItemType())).toList()) {
            String activityId = Cmi5Statements.activityId(pkg.getCode(), au.getIdentifier());
            boolean waived = all.stream().anyMatch(s -> is(s, Verbs.WAIVED, activityId));
            boolean completed = all.stream().anyMatch(s -> is(s, Verbs.COMPLETED, activityId));
            Optional<JsonObject> passed = all.stream().filter(s -> is(s, Verbs.PASSED, activityId)).findFirst();
            if (!waived && !MoveOn.of(au.getMoveOn()).satisfiedBy(completed, passed.isPresent())) {
                return;
            }
            passed.map(p -> p.getJsonObject("result")).map(r -> r == null ? null : r.getJsonObject("score"))
                    .filter(sc -> sc != null && sc.containsKey("scaled")).ifPresent(sc -> scores.add(sc.getJsonNumber("scaled").doubleValue()));
        }
        JsonObject actor = learners.agent(session.getEmployeeId()).orElseThrow();
        PackageItem item = item(session).orElseThrow();
        lrs.store(Cmi5Statements.satisfied(actor, Cmi5Launches.au(pkg, item), session.getRegistration(), session.getSessionId(), clock.instant()),
                lrs.moduleAuthority(Cmi5Launches.MODULE));
        int score = scores.isEmpty() ? 100 : (int) Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(1) * 100);
        progress.attempted(session.getEmployeeId(), PackageActivity.KEY, pkg.getCode(), Math.max(0, Math.min(100, score)), true);
    }

    private static boolean is(JsonObject s, String verb, String objectId) {
        return verb.equals(s.getJsonObject("verb").getString("id")) && objectId.equals(s.getJsonObject("object").getString("id", null));
    }

    private List<JsonObject> inRegistration(String registration) {
        StatementQuery q = new StatementQuery(null, null, null, null, null, registration, false, false, null, null,
                StatementQuery.MAX_PAGE, StatementQuery.Format.EXACT, false, true, null, Map.of("registration", registration));
        return lrs.query(q, lrs.moduleAuthority(Cmi5Launches.MODULE)).statements();
    }

    private Optional<PackageItem> item(Cmi5Session s) {
        return catalog.byCode(s.getPackageCode()).flatMap(p -> catalog.items(p.getId()).stream().filter(i -> i.getSeq() == s.getAuSeq()).findFirst());
    }

    private Optional<Cmi5Session> bySessionId(String sessionId) {
        return em.createNamedQuery("Cmi5Session.bySessionId", Cmi5Session.class).setParameter("sessionId", sessionId).getResultStream().findFirst();
    }

    private boolean isCmi5Registration(String registration) {
        return !em.createQuery("SELECT s.id FROM Cmi5Session s WHERE s.registration = :r", Long.class).setParameter("r", registration.toLowerCase())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
