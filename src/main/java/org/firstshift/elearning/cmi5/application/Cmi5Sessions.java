package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.cmi5.domain.CourseTree;
import org.firstshift.elearning.cmi5.domain.MoveOn;
import org.firstshift.elearning.cmi5.domain.Verbs;
import org.firstshift.elearning.packages.application.PackageActivity;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.application.StatementsStored;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.learning.application.Progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * moveOn, after the LRS stored an AU's statements (in the same transaction; the statement rules were
 * checked before, by {@link Cmi5StatementGate}). When a Normal session's "completed" or "passed"
 * (or a waiver) makes every AU of a block meet its criterion, the LMS writes "satisfied" for the
 * block; when every AU of the course does, for the course, and the package activity completes in
 * learning through the same progress service SCORM uses. Browse and Review sessions cannot send
 * those verbs, so they never trigger it.
 */
@ApplicationScoped
public class Cmi5Sessions {
    static final String BLOCK_TYPE = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

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
        if (!stored.authority().limited() || stored.authority().registration() == null
                || !stored.authority().activityId().startsWith(Cmi5StatementGate.CMI5_ACTIVITY)) {
            return;
        }
        for (JsonObject s : stored.statements()) {
            String verb = s.getJsonObject("verb").getString("id");
            if (Verbs.COMPLETED.equals(verb) || Verbs.PASSED.equals(verb)) {
                Optional<Cmi5Session> session = bySessionId(Cmi5Statements.sessionIdOf(s));
                if (session.isPresent()) {
                    Cmi5Session x = session.get();
                    evaluate(x.getEmployeeId(), x.getPackageCode(), x.getRegistration(), x.getSessionId(), x.getAuSeq());
                    return;
                }
            }
        }
    }

    /**
     * moveOn over the course tree for a registration, with what the LRS holds for it: writes
     * "satisfied" for each block and the course newly met (once per registration), with the session
     * id of the launch or waiver that triggered it and that AU ({@code auSeq}) as publisher grouping.
     */
    public void evaluate(long employeeId, String packageCode, String registration, String sessionId, int auSeq) {
        ElearningPackage pkg = catalog.byCode(packageCode).orElse(null);
        if (pkg == null) {
            return;
        }
        List<JsonObject> all = inRegistration(registration);
        Set<String> alreadySatisfied = new HashSet<>();
        all.stream().filter(s -> Verbs.SATISFIED.equals(s.getJsonObject("verb").getString("id")))
                .forEach(s -> alreadySatisfied.add(s.getJsonObject("object").getString("id", "")));
        String courseId = Cmi5Statements.courseId(pkg.getCode());
        if (alreadySatisfied.contains(courseId)) {
            return;
        }
        List<PackageItem> items = catalog.items(pkg.getId());
        List<CourseTree.Node> nodes = new ArrayList<>();
        Set<String> met = new HashSet<>();
        List<Double> scores = new ArrayList<>();
        for (PackageItem i : items) {
            boolean block = "block".equals(i.getItemType());
            if (!block && !"au".equals(i.getItemType())) {
                continue;
            }
            nodes.add(new CourseTree.Node(i.getIdentifier(), i.getParent(), block, i.getDepth()));
            if (block) {
                continue;
            }
            String activityId = Cmi5Statements.activityId(pkg.getCode(), i.getIdentifier());
            boolean waived = all.stream().anyMatch(s -> is(s, Verbs.WAIVED, activityId));
            boolean completed = all.stream().anyMatch(s -> is(s, Verbs.COMPLETED, activityId));
            Optional<JsonObject> passed = all.stream().filter(s -> is(s, Verbs.PASSED, activityId)).findFirst();
            if (waived || MoveOn.of(i.getMoveOn()).satisfiedBy(completed, passed.isPresent())) {
                met.add(i.getIdentifier());
            }
            passed.map(p -> p.getJsonObject("result")).map(r -> r == null ? null : r.getJsonObject("score"))
                    .filter(sc -> sc != null && sc.containsKey("scaled")).ifPresent(sc -> scores.add(sc.getJsonNumber("scaled").doubleValue()));
        }
        CourseTree tree = new CourseTree(nodes);
        JsonObject actor = learners.agent(employeeId).orElseThrow();
        PackageItem trigger = items.stream().filter(i -> i.getSeq() == auSeq).findFirst().orElseThrow();
        Cmi5Statements.Au au = Cmi5Launches.au(pkg, trigger);
        for (CourseTree.Node block : tree.satisfiedBlocks(met)) {
            String blockId = Cmi5Statements.blockId(pkg.getCode(), block.publisherId());
            if (!alreadySatisfied.contains(blockId)) {
                String title = items.stream().filter(i -> i.getIdentifier().equals(block.publisherId())).findFirst().map(PackageItem::getTitle).orElse(null);
                lrs.store(Cmi5Statements.satisfied(actor, au, registration, sessionId, blockId, BLOCK_TYPE, title, clock.instant()),
                        lrs.moduleAuthority(Cmi5Launches.MODULE));
            }
        }
        if (!tree.courseSatisfied(met)) {
            return;
        }
        lrs.store(Cmi5Statements.satisfied(actor, au, registration, sessionId, clock.instant()), lrs.moduleAuthority(Cmi5Launches.MODULE));
        int score = scores.isEmpty() ? 100 : (int) Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(1) * 100);
        progress.attempted(employeeId, PackageActivity.KEY, pkg.getCode(), Math.max(0, Math.min(100, score)), true);
    }

    private static boolean is(JsonObject s, String verb, String objectId) {
        return verb.equals(s.getJsonObject("verb").getString("id")) && objectId.equals(s.getJsonObject("object").getString("id", null));
    }

    private List<JsonObject> inRegistration(String registration) {
        StatementQuery q = new StatementQuery(null, null, null, null, null, registration, false, false, null, null,
                StatementQuery.MAX_PAGE, StatementQuery.Format.EXACT, false, true, null, Map.of("registration", registration));
        return lrs.query(q, lrs.moduleAuthority(Cmi5Launches.MODULE)).statements();
    }

    private Optional<Cmi5Session> bySessionId(String sessionId) {
        return sessionId == null ? Optional.empty()
                : em.createNamedQuery("Cmi5Session.bySessionId", Cmi5Session.class).setParameter("sessionId", sessionId).getResultStream().findFirst();
    }
}
