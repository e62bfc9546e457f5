package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.elearning.cmi5.domain.Cmi5Statements;
import org.firstshift.elearning.cmi5.domain.Cmi5Waiver;
import org.firstshift.elearning.cmi5.domain.CourseStructureTexts;
import org.firstshift.elearning.cmi5.domain.LaunchMode;
import org.firstshift.elearning.cmi5.domain.MoveOn;
import org.firstshift.elearning.packages.application.PackageActivity;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.PackageKind;
import org.firstshift.elearning.xapi.application.Documents;
import org.firstshift.elearning.xapi.application.LaunchCredentials;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.domain.Agents;
import org.firstshift.elearning.xapi.domain.XapiDocument;
import org.firstshift.learning.application.Progress;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * cmi5 launches (spec section 8): a learner's launch of an AU opens a session in the learner's
 * registration for the package (one registration per learner and package, kept across sessions),
 * abandons a session of that registration still open, writes LMS.LaunchData to the State API and
 * the "launched" statement, and gives the AU URL with endpoint, fetch, actor, registration and
 * activityId. The fetch URL hands out one launch credential, once.
 */
@ApplicationScoped
public class Cmi5Launches {
    static final String MODULE = "cmi5";
    /** How long the AU's credential works: a working day is longer than any session. */
    static final Duration CREDENTIAL_LIFETIME = Duration.ofHours(12);

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Inject
    Learners learners;

    @Inject
    LearningRecordStore lrs;

    @Inject
    Documents documents;

    @Inject
    LaunchCredentials credentials;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    /** A launch: its session, the AU URL with the launch parameters, and whether it opens in its own window (13.1.4 launchMethod). */
    public record Launch(Cmi5Session session, String launchUrl, boolean ownWindow) {
    }

    /** The answer of the fetch URL: a token, or an error code and text (8.2.3). */
    public record Fetched(String authToken, Integer errorCode, String errorText) {
    }

    /**
     * Launches the AU {@code seq} (or the first AU) of a cmi5 package for the learner.
     *
     * @param lmsBase the LMS's URL as the browser reaches it, without a trailing slash (e.g. {@code https://lms.example/app})
     * @param returnUrl where the AU sends the learner when done
     */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq, String lmsBase, String returnUrl) {
        return launch(employeeId, packageCode, seq, LaunchMode.Normal, lmsBase, returnUrl);
    }

    /**
     * Launches an AU in a launch mode (10.0): Normal records progress; Browse looks around without
     * judgement (any time); Review looks again, only once the AU met its moveOn criterion (or was
     * waived) in the learner's registration, so there is something to review.
     */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq, LaunchMode mode, String lmsBase, String returnUrl) {
        ElearningPackage pkg = catalog.byCode(packageCode).orElseThrow(() -> new NotFoundException("no package " + packageCode));
        if (pkg.getKind() != PackageKind.CMI5) {
            throw new InvalidInputException("packageCode", "package " + packageCode + " is not a cmi5 course; SCORM packages launch through /api/package-attempts");
        }
        PackageItem item = aus(pkg).stream().filter(i -> seq == null || i.getSeq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("package " + packageCode + " has no AU " + seq));
        JsonObject actor = learners.agent(employeeId)
                .orElseThrow(() -> new InvalidInputException("employee", "a cmi5 launch needs a login: the AU names the learner by it"));
        Instant now = clock.instant();
        List<Cmi5Session> earlier = sessions(employeeId, packageCode);
        String registration = registration(employeeId, packageCode);
        if (mode == LaunchMode.Review && !auMet(employeeId, pkg, item, registration)) {
            throw new InvalidInputException("launchMode", "Review opens an AU you have already done; \"" + item.getTitle()
                    + "\" has not met its moveOn criterion (" + item.getMoveOn() + ") yet");
        }
        for (Cmi5Session open : earlier) {
            if (!open.isEnded()) {
                Cmi5Statements.Au au = au(pkg, itemOf(pkg, open.getAuSeq()));
                lrs.store(Cmi5Statements.abandoned(actor, au, registration, open.getSessionId(),
                        Duration.between(open.getLaunchedAt(), now), now), lrs.moduleAuthority(MODULE));
                open.end("abandoned", now);
            }
        }
        Cmi5Statements.Au au = au(pkg, item, courseStructure(pkg).map(c -> c.launchParameters(item.getIdentifier())).orElse(null));
        String fetchKey = Cmi5Session.newFetchKey();
        Cmi5Session session = new Cmi5Session(employeeId, packageCode, item.getSeq(), au.activityId(), registration, fetchKey, mode, now);
        em.persist(session);
        String ifi = Agents.ifi(actor).orElseThrow();
        byte[] launchData = Cmi5Statements.launchData(au, session.getSessionId(), returnUrl, mode,
                item.getLaunchMethod(), courseStructure(pkg).map(c -> c.entitlementKey(item.getIdentifier())).orElse(null)).toString().getBytes(StandardCharsets.UTF_8);
        documents.put(new Documents.Key(XapiDocument.STATE, au.activityId(), ifi, registration), Cmi5Statements.LAUNCH_DATA,
                "application/json", launchData, new Documents.Preconditions(null, null), false);
        String url = auUrl(item.getLaunch(), lmsBase, session) + query(item.getLaunch()) + "endpoint=" + enc(lmsBase + "/xapi/")
                + "&fetch=" + enc(lmsBase + "/api/cmi5-fetch/" + fetchKey) + "&actor=" + enc(actor.toString())
                + "&registration=" + enc(registration) + "&activityId=" + enc(au.activityId());
        lrs.store(Cmi5Statements.launched(actor, au, registration, session.getSessionId(), launchUrlOf(url), mode, now), lrs.moduleAuthority(MODULE));
        progress.started(employeeId, PackageActivity.KEY, packageCode);
        return new Launch(session, url, "OwnWindow".equals(item.getLaunchMethod()));
    }

    /** The fetch URL: the session's credential the first time, error code 1 after that, 2 for an unknown key. */
    @Transactional
    public Fetched fetch(String fetchKey) {
        Optional<Cmi5Session> found = fetchKey == null ? Optional.empty()
                : em.createNamedQuery("Cmi5Session.byFetchHash", Cmi5Session.class).setParameter("hash", Cmi5Session.hash(fetchKey))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Fetched(null, 2, "This fetch URL is not known.");
        }
        Cmi5Session s = found.get();
        String refused = s.fetch(clock.instant());
        if (refused != null) {
            return new Fetched(null, 1, refused);
        }
        JsonObject actor = learners.agent(s.getEmployeeId()).orElse(null);
        if (actor == null) {
            return new Fetched(null, 3, "The learner of this launch has no login any more.");
        }
        var credential = credentials.issue(actor, s.getActivityId(), s.getRegistration(), CREDENTIAL_LIFETIME, "cmi5 session " + s.getSessionId());
        return new Fetched(credential.token(), null, null);
    }

    public record Course(List<Cmi5Session> sessions, boolean completed, Integer score) {
    }

    /** The learner's sessions of a course and its state in learning; 404 for an unknown package. */
    @Transactional
    public Course course(long employeeId, String packageCode) {
        catalog.byCode(packageCode).orElseThrow(() -> new NotFoundException("no package " + packageCode));
        var p = progress.of(employeeId, PackageActivity.KEY, packageCode);
        return new Course(sessions(employeeId, packageCode), p.map(x -> x.isCompleted()).orElse(false), p.map(x -> x.getScore()).orElse(null));
    }

    public List<Cmi5Session> sessions(long employeeId, String packageCode) {
        return em.createNamedQuery("Cmi5Session.ofLearner", Cmi5Session.class).setParameter("employeeId", employeeId)
                .setParameter("packageCode", packageCode).getResultList();
    }

    /**
     * The learner's registration for a course: the one of their first launch or waiver, or a new one.
     * One registration per learner and course, kept for every session (8.1, 9.6.1).
     */
    public String registration(long employeeId, String packageCode) {
        List<Cmi5Session> earlier = sessions(employeeId, packageCode);
        if (!earlier.isEmpty()) {
            return earlier.get(0).getRegistration();
        }
        return waivers(employeeId, packageCode).stream().findFirst().map(Cmi5Waiver::getRegistration).orElseGet(() -> UUID.randomUUID().toString());
    }

    public List<Cmi5Waiver> waivers(long employeeId, String packageCode) {
        return em.createNamedQuery("Cmi5Waiver.ofLearner", Cmi5Waiver.class).setParameter("employeeId", employeeId)
                .setParameter("packageCode", packageCode).getResultList();
    }

    /** Whether the AU met its moveOn criterion in the registration (its Normal sessions' verbs) or was waived. */
    boolean auMet(long employeeId, ElearningPackage pkg, PackageItem item, String registration) {
        List<Cmi5Session> ofAu = em.createNamedQuery("Cmi5Session.ofAuInRegistration", Cmi5Session.class)
                .setParameter("registration", registration).setParameter("auSeq", item.getSeq()).getResultList();
        boolean waived = waivers(employeeId, pkg.getCode()).stream()
                .anyMatch(w -> w.getAuSeq() == item.getSeq() && w.getRegistration().equals(registration));
        return waived || MoveOn.of(item.getMoveOn()).satisfiedBy(ofAu.stream().anyMatch(Cmi5Session::isCompleted),
                ofAu.stream().anyMatch(Cmi5Session::isPassed));
    }

    /** The course structure as uploaded, for what the import does not keep per item (launchParameters, entitlementKey). */
    Optional<CourseStructureTexts> courseStructure(ElearningPackage pkg) {
        String path = pkg.getManifestPath() == null ? CourseStructureTexts.FILE : pkg.getManifestPath();
        return catalog.file(pkg.getId(), path).map(f -> CourseStructureTexts.read(f.getBytes()));
    }

    /** The AU URL without the cmi5 launch parameters (9.6.3.4). */
    static String launchUrlOf(String url) {
        int endpoint = url.indexOf("endpoint=");
        String base = endpoint < 0 ? url : url.substring(0, endpoint);
        return base.endsWith("?") || base.endsWith("&") ? base.substring(0, base.length() - 1) : base;
    }

    public Optional<Cmi5Session> byContentToken(String token) {
        return em.createNamedQuery("Cmi5Session.byContentToken", Cmi5Session.class).setParameter("token", token).getResultStream().findFirst();
    }

    /** The course's AUs in course order. */
    public List<PackageItem> aus(ElearningPackage pkg) {
        return catalog.launchable(pkg.getId()).stream().filter(i -> "au".equals(i.getItemType())).toList();
    }

    PackageItem itemOf(ElearningPackage pkg, int seq) {
        return catalog.items(pkg.getId()).stream().filter(i -> i.getSeq() == seq).findFirst().orElseThrow();
    }

    static Cmi5Statements.Au au(ElearningPackage pkg, PackageItem item) {
        return au(pkg, item, null);
    }

    static Cmi5Statements.Au au(ElearningPackage pkg, PackageItem item, String launchParameters) {
        String course = pkg.getIdentifier() == null ? pkg.getCode() : pkg.getIdentifier();
        return new Cmi5Statements.Au(item.getIdentifier(), Cmi5Statements.activityId(pkg.getCode(), item.getIdentifier()),
                item.getTitle() == null ? item.getIdentifier() : item.getTitle(), Cmi5Statements.courseId(pkg.getCode()),
                pkg.getTitle() == null ? course : pkg.getTitle(), MoveOn.of(item.getMoveOn()), item.getMasteryScore(), launchParameters);
    }

    /** An absolute AU URL as given; a file of the package through the cmi5 player, addressed by the session's content token. */
    private static String auUrl(String launch, String lmsBase, Cmi5Session s) {
        if (launch.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            return launch;
        }
        return lmsBase + "/player/cmi5/" + s.getContentToken() + "/" + launch;
    }

    private static String query(String launch) {
        return launch.contains("?") ? (launch.endsWith("?") || launch.endsWith("&") ? "" : "&") : "?";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
