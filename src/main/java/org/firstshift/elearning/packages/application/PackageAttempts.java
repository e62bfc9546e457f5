package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.PackageItem;
import org.firstshift.elearning.packages.domain.SequencingState;
import org.firstshift.elearning.packages.domain.scorm.CmiModel;
import org.firstshift.elearning.packages.domain.sequencing.CourseRollup;
import org.firstshift.elearning.packages.domain.sequencing.SequencingEngine;
import org.firstshift.elearning.packages.domain.sequencing.SequencingReader;
import org.firstshift.learning.application.Progress;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SCORM run-time on the server. A launch opens (or resumes) the learner's attempt on one SCO
 * and hands out a fresh launch token; the content's API object batches SetValue calls and sends
 * them here on Commit/Terminate, where every call is replayed through {@link CmiModel} (the server
 * decides, whatever the content-side shim said) and the result stored in one transaction. The
 * package's progress in learning follows: completed when every SCO is, or, for a SCORM 2004
 * package with authored sequencing, when its course rollup says so. Attempts are the caller's
 * own: another employee's attempt id answers 404.
 */
@ApplicationScoped
public class PackageAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Inject
    People people;

    @Inject
    Progress progress;

    @Inject
    Clock clock;

    @Inject
    Event<PackageAttemptChanged> changed;

    /**
     * A launched item, or (item null, {@code ended}) a request that ended the session: exitAll,
     * suspendAll, abandon, exit... with the engine's reason. {@code navValid}: the
     * adl.nav.request_valid answers from the delivered item.
     */
    public record Launch(PackageAttempt attempt, ElearningPackage pkg, PackageItem item, CmiModel model,
                         boolean canContinue, boolean canGoBack, Map<String, String> navValid, boolean ended, String why) {
        static Launch ended(ElearningPackage pkg, String why) {
            return new Launch(null, pkg, null, null, false, false, Map.of(), true, why);
        }
    }

    public record Call(String element, String value) {
    }

    /**
     * {@code navRequest}: the adl.nav.request the SCO left when it terminated (null for none), for
     * the player to carry out; {@code canContinue}/{@code canGoBack}: what the engine allows now.
     */
    public record Committed(List<Integer> errors, CmiModel.Status status, boolean packageCompleted, String navRequest,
                            boolean canContinue, boolean canGoBack, Map<String, String> navValid) {
    }

    /** Opens the learner's attempt on the item ({@code seq}, or the first launchable item) for a new session. */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq) {
        return launch(employeeId, packageCode, seq, null, null, null);
    }

    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq, String nav, Integer from) {
        return launch(employeeId, packageCode, seq, nav, from, null);
    }

    /**
     * Opens (or resumes) the learner's attempt on an item for a new session. The item is chosen
     * ({@code seq}), or reached by the navigation request {@code nav} (continue, previous, choice
     * or jump to activity {@code target}, exit, exitAll, suspendAll, resumeAll, abandon,
     * abandonAll; the values of adl.nav.request) from item {@code from}, or the start of the course
     * (which resumes a suspended course). For SCORM 2004 the sequencing engine decides (control
     * modes, rules, attempt limits, post-condition rules); a refusal is a 422 naming the reason.
     */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq, String nav, Integer from, String target) {
        ElearningPackage pkg = catalog.byCode(packageCode).orElseThrow(() -> new NotFoundException("no package " + packageCode));
        if (!pkg.isScorm()) {
            throw new InvalidInputException("package", "cmi5 packages are launched through the xAPI LRS, which is not available yet");
        }
        List<PackageItem> launchable = catalog.launchable(pkg.getId());
        Optional<SequencingEngine> engine = sequencing(employeeId, pkg);
        PackageItem item;
        if (engine.isPresent()) {
            SequencingEngine e = engine.get();
            String fromId = from == null ? null : launchable.stream().filter(i -> i.getSeq() == from).map(PackageItem::getIdentifier)
                    .findFirst().orElse(null);
            SequencingEngine.Request request;
            String targetId = target;
            if (nav != null && !nav.isBlank()) {
                request = SequencingEngine.Request.of(nav).orElseThrow(() -> new InvalidInputException("nav", "nav must be one of start, "
                        + "resumeAll, continue, previous, choice, jump, exit, exitAll, suspendAll, abandon, abandonAll; not '" + nav + "'"));
                if ((request == SequencingEngine.Request.CHOICE || request == SequencingEngine.Request.JUMP) && targetId == null && seq != null) {
                    targetId = launchable.stream().filter(i -> i.getSeq() == seq).map(PackageItem::getIdentifier).findFirst().orElse(null);
                }
                if ((request == SequencingEngine.Request.CHOICE || request == SequencingEngine.Request.JUMP) && targetId == null) {
                    throw new InvalidInputException("target", nav + " needs the target activity");
                }
            } else if (seq != null) {
                request = SequencingEngine.Request.CHOICE;
                targetId = launchable.stream().filter(i -> i.getSeq() == seq).map(PackageItem::getIdentifier).findFirst()
                        .orElseThrow(() -> new NotFoundException("package " + packageCode + " has no launchable item " + seq));
            } else {
                request = SequencingEngine.Request.START;
            }
            SequencingEngine.Outcome outcome = e.navigate(request, targetId, fromId);
            if (request == SequencingEngine.Request.START && !outcome.ok()) {
                SequencingEngine.Outcome refused = outcome;
                outcome = launchable.stream().map(i -> e.choice(i.getIdentifier(), null))
                        .filter(SequencingEngine.Outcome::ok).findFirst().orElse(refused);
            }
            if (outcome.ended()) {
                if (request == SequencingEngine.Request.SUSPEND_ALL) {
                    suspendAll(employeeId, pkg, launchable, from, fromId);
                }
                return Launch.ended(pkg, outcome.refused());
            }
            if (!outcome.ok()) {
                throw new InvalidInputException("item", outcome.refused());
            }
            boolean wasSuspended = e.suspendedActivity().isPresent();
            String id = e.begin(outcome).id();
            if (wasSuspended || outcome.retried() != null) {
                SequencingState state = state(employeeId, pkg);
                state.resumed(clock.instant());
                state.arrange(e.arrangement(), clock.instant());
            }
            item = launchable.stream().filter(i -> i.getIdentifier().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("item", "activity '" + id + "' has no content to launch"));
        } else {
            if (nav != null && !nav.isBlank() && !"start".equals(nav)) {
                throw new InvalidInputException("nav", "this package has no sequencing: open one of its items");
            }
            item = launchable.stream().filter(i -> seq == null || i.getSeq() == seq).findFirst()
                    .orElseThrow(() -> new NotFoundException("package " + packageCode + " has no launchable item " + seq));
        }
        Employee me = people.find(employeeId).orElseThrow(() -> new NotFoundException("no employee " + employeeId));
        String name = me.getFullName();
        Optional<PackageAttempt> existing = latest(employeeId, pkg.getId(), item.getSeq());
        CmiModel model;
        PackageAttempt attempt;
        if (existing.isPresent()) {
            attempt = existing.get();
            model = attempt.model(pkg.getKind()).newSession(String.valueOf(employeeId), name, item.getMasteryScore(), null);
            model.attemptBegan(clock.instant());
            attempt.store(model, clock.instant());
            attempt.relaunch();
        } else {
            model = CmiModel.fresh(pkg.getKind(), String.valueOf(employeeId), name, item.getMasteryScore(), null)
                    .newSession(String.valueOf(employeeId), name, item.getMasteryScore(), null);
            model.attemptBegan(clock.instant());
            attempt = new PackageAttempt(pkg.getId(), item.getSeq(), employeeId, model, clock.instant());
            em.persist(attempt);
            em.flush();
        }
        progress.started(employeeId, PackageActivity.KEY, pkg.getCode());
        fire(attempt, pkg, item, PackageAttemptChanged.Kind.LAUNCHED, List.of(), model);
        String delivered = item.getIdentifier();
        Map<String, String> valid = engine.map(e -> e.requestValid(delivered)).orElse(Map.of());
        return new Launch(attempt, pkg, item, model, "true".equals(valid.get("continue")), "true".equals(valid.get("previous")),
                valid, false, null);
    }

    /**
     * suspendAll: the item's attempt is suspended (so the next launch resumes it, entry "resume")
     * and the course remembers it as the place to resume.
     */
    private void suspendAll(long employeeId, ElearningPackage pkg, List<PackageItem> launchable, Integer from, String fromId) {
        PackageItem current = launchable.stream().filter(i -> i.getSeq() == from).findFirst().orElseThrow();
        latest(employeeId, pkg.getId(), current.getSeq()).ifPresent(a -> {
            CmiModel model = a.model(pkg.getKind());
            if (!"suspend".equals(model.values().get("cmi.exit"))) {
                model.set("cmi.exit", "suspend");
                a.store(model, clock.instant());
            }
        });
        state(employeeId, pkg).suspend(fromId, clock.instant());
    }

    /** The learner's sequencing state for the package, created on first use. */
    SequencingState state(long employeeId, ElearningPackage pkg) {
        return em.createNamedQuery("SequencingState.of", SequencingState.class).setParameter("packageId", pkg.getId())
                .setParameter("employeeId", employeeId).getResultStream().findFirst().orElseGet(() -> {
                    SequencingState s = new SequencingState(pkg.getId(), employeeId, clock.instant());
                    em.persist(s);
                    return s;
                });
    }

    /** The adl.nav.request_valid answers for the SCO of this attempt (empty when the package has no sequencing). */
    @Transactional
    public Map<String, String> navValid(PackageAttempt attempt) {
        ElearningPackage pkg = catalog.byId(attempt.getPackageId()).orElseThrow();
        Optional<SequencingEngine> engine = sequencing(attempt.getEmployeeId(), pkg);
        String id = catalog.items(pkg.getId()).stream().filter(i -> i.getSeq() == attempt.getItemSeq()).map(PackageItem::getIdentifier)
                .findFirst().orElse(null);
        return engine.map(e -> e.requestValid(id)).orElse(Map.of());
    }

    /**
     * The sequencing engine of a SCORM 2004 package with more than one launchable item, restored
     * with the learner's state: attempts and the statuses of each item's latest attempt.
     */
    @Transactional
    public Optional<SequencingEngine> sequencing(long employeeId, ElearningPackage pkg) {
        if (pkg.getKind() != org.firstshift.elearning.packages.domain.PackageKind.SCORM_2004) {
            return Optional.empty();
        }
        List<PackageItem> launchable = catalog.launchable(pkg.getId());
        if (launchable.size() < 2) {
            return Optional.empty();
        }
        byte[] manifest = catalog.file(pkg.getId(), pkg.getManifestPath()).map(f -> f.getBytes()).orElse(null);
        if (manifest == null) {
            return Optional.empty();
        }
        SequencingEngine engine = SequencingReader.read(manifest).useClock(clock);
        Optional<SequencingState> stored = em.createNamedQuery("SequencingState.of", SequencingState.class)
                .setParameter("packageId", pkg.getId()).setParameter("employeeId", employeeId).getResultStream().findFirst();
        if (engine.arrange(stored.map(SequencingState::arrangement).orElse(Map.of()))) {
            // A first (or changed) selection/randomisation: kept so every later request sees the same order.
            SequencingState state = stored.orElseGet(() -> state(employeeId, pkg));
            state.arrange(engine.arrangement(), clock.instant());
        }
        stored.map(SequencingState::getSuspendedActivity).ifPresent(engine::restoreSuspended);
        for (PackageItem i : launchable) {
            latest(employeeId, pkg.getId(), i.getSeq()).ifPresent(a -> {
                CmiModel.Status s = a.model(pkg.getKind()).status();
                // A suspended attempt is resumed by the next launch, so it does not use up attemptLimit.
                boolean suspended = "suspend".equals(a.values().get("cmi.exit"));
                int attempts = a.model(pkg.getKind()).attempts() - (suspended ? 1 : 0);
                if (engine.find(i.getIdentifier()).isPresent()) {
                    CmiModel m = a.model(pkg.getKind());
                    engine.restoreAttemptTime(i.getIdentifier(), m.attemptStartedAt().orElse(null), m.recordedTime());
                    engine.restore(i.getIdentifier(), attempts, "completed".equals(s.completion()) ? Boolean.TRUE
                                    : "incomplete".equals(s.completion()) ? Boolean.FALSE : null,
                            s.passed() ? Boolean.TRUE : s.failed() ? Boolean.FALSE : null, s.scoreScaled(), suspended);
                }
            });
        }
        return Optional.of(engine);
    }

    /**
     * The course rollup that decides the package's completion, for a SCORM 2004 package with
     * authored sequencing (empty otherwise: the every-SCO rule applies).
     */
    @Transactional
    public Optional<CourseRollup> courseRollup(long employeeId, ElearningPackage pkg) {
        return sequencing(employeeId, pkg).filter(SequencingEngine::authored).map(SequencingEngine::courseRollup);
    }

    public Optional<PackageAttempt> latest(long employeeId, long packageId, int seq) {
        return em.createNamedQuery("PackageAttempt.latest", PackageAttempt.class).setParameter("employeeId", employeeId)
                .setParameter("packageId", packageId).setParameter("itemSeq", seq).setMaxResults(1).getResultStream().findFirst();
    }

    /** The caller's own attempt, or 404 (also for another learner's: its existence is not revealed). */
    public PackageAttempt own(long employeeId, long attemptId) {
        PackageAttempt a = em.find(PackageAttempt.class, attemptId);
        if (a == null || a.getEmployeeId() != employeeId) {
            throw new NotFoundException("no attempt " + attemptId);
        }
        return a;
    }

    public Optional<PackageAttempt> byToken(String token) {
        return em.createNamedQuery("PackageAttempt.byToken", PackageAttempt.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /**
     * A batch of SetValue calls from the content, in the order made; {@code finish} when the SCO
     * called LMSFinish/Terminate. Returns each call's error code (0 = stored).
     */
    @Transactional
    public Committed commit(long employeeId, long attemptId, List<Call> calls, boolean finish) {
        PackageAttempt attempt = own(employeeId, attemptId);
        ElearningPackage pkg = catalog.byId(attempt.getPackageId()).orElseThrow();
        PackageItem item = catalog.items(pkg.getId()).stream().filter(i -> i.getSeq() == attempt.getItemSeq()).findFirst().orElseThrow();
        CmiModel model = attempt.model(pkg.getKind());
        List<Integer> errors = new ArrayList<>();
        List<Map.Entry<String, String>> applied = new ArrayList<>();
        for (Call c : calls == null ? List.<Call>of() : calls) {
            int error = c == null ? 201 : model.set(c.element(), c.value());
            errors.add(error);
            if (error == 0) {
                applied.add(Map.entry(c.element(), c.value()));
            }
        }
        String navRequest = null;
        if (finish) {
            model.endSession();
            // The SCO's adl.nav.request is carried out by the player once; it does not outlive the session.
            String request = model.values().get("adl.nav.request");
            if (request != null && !"_none_".equals(request)) {
                navRequest = request;
                model.set("adl.nav.request", "_none_");
            }
        }
        attempt.store(model, clock.instant());
        fire(attempt, pkg, item, finish ? PackageAttemptChanged.Kind.FINISHED : PackageAttemptChanged.Kind.COMMITTED, applied, model);
        boolean done = report(employeeId, pkg);
        Map<String, String> valid = Map.of();
        if (finish) {
            em.flush();
            valid = sequencing(employeeId, pkg).map(e -> e.requestValid(item.getIdentifier())).orElse(Map.of());
        }
        return new Committed(errors, model.status(), done, navRequest, "true".equals(valid.get("continue")),
                "true".equals(valid.get("previous")), valid);
    }

    /**
     * Tells learning how the package stands. A SCORM 2004 package whose author wrote sequencing is
     * decided by its course rollup ({@link CourseRollup}: the root's completion and satisfaction,
     * the score from its rolled-up measure, else the mean of the SCOs' scores). Otherwise (SCORM
     * 1.2, 2004 without sequencing): completed when every launchable SCO's latest attempt is
     * completed or passed and none failed; the score is the mean of the SCOs that have one.
     */
    boolean report(long employeeId, ElearningPackage pkg) {
        Optional<CourseRollup> rollup = courseRollup(employeeId, pkg);
        List<CmiModel.Status> statuses = new ArrayList<>();
        for (PackageItem i : catalog.launchable(pkg.getId())) {
            if (!"sco".equals(i.getItemType()) && catalog.launchable(pkg.getId()).stream().anyMatch(x -> "sco".equals(x.getItemType()))) {
                continue; // assets report nothing; a package of assets only counts them as SCOs
            }
            statuses.add(latest(employeeId, pkg.getId(), i.getSeq()).map(a -> a.model(pkg.getKind()).status()).orElse(null));
        }
        boolean done = rollup.map(CourseRollup::done)
                .orElseGet(() -> !statuses.isEmpty() && statuses.stream().allMatch(s -> s != null && s.completed() && !s.failed()));
        List<Integer> scores = statuses.stream().filter(Objects::nonNull).map(CmiModel.Status::percent).filter(Objects::nonNull).toList();
        Integer measured = rollup.map(CourseRollup::percent).orElse(null);
        if (done || !scores.isEmpty() || measured != null) {
            int score = measured != null ? measured
                    : scores.isEmpty() ? 100 : (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
            progress.attempted(employeeId, PackageActivity.KEY, pkg.getCode(), Math.max(0, Math.min(100, score)), done);
        }
        return done;
    }

    private void fire(PackageAttempt a, ElearningPackage pkg, PackageItem item, PackageAttemptChanged.Kind kind,
                      List<Map.Entry<String, String>> changes, CmiModel model) {
        CmiModel.Status s = model.status();
        changed.fire(new PackageAttemptChanged(a.getEmployeeId(), pkg.getCode(), item.getIdentifier(),
                (pkg.getIdentifier() == null ? pkg.getCode() : pkg.getIdentifier()) + "/" + item.getIdentifier(),
                a.getId(), kind, List.copyOf(changes), s.completion(), s.success(), s.scoreScaled(), clock.instant(),
                model.values()));
    }
}
