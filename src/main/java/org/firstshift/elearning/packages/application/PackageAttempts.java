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
import org.firstshift.elearning.packages.domain.scorm.CmiModel;
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
 * package's progress in learning follows: completed when every SCO is. Attempts are the caller's
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

    public record Launch(PackageAttempt attempt, ElearningPackage pkg, PackageItem item, CmiModel model,
                         boolean canContinue, boolean canGoBack) {
    }

    public record Call(String element, String value) {
    }

    public record Committed(List<Integer> errors, CmiModel.Status status, boolean packageCompleted) {
    }

    /** Opens the learner's attempt on the item ({@code seq}, or the first launchable item) for a new session. */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq) {
        return launch(employeeId, packageCode, seq, null, null);
    }

    /**
     * Opens (or resumes) the learner's attempt on an item for a new session. The item is chosen
     * ({@code seq}), or reached by {@code nav} ("continue"/"previous") from {@code from}, or the
     * start of the course. For SCORM 2004 the sequencing engine decides whether that is allowed
     * (control modes, rules, attempt limits); a refusal is a 422 naming the reason.
     */
    @Transactional
    public Launch launch(long employeeId, String packageCode, Integer seq, String nav, Integer from) {
        ElearningPackage pkg = catalog.byCode(packageCode).orElseThrow(() -> new NotFoundException("no package " + packageCode));
        if (!pkg.isScorm()) {
            throw new InvalidInputException("package", "cmi5 packages are launched through the xAPI LRS, which is not available yet");
        }
        List<PackageItem> launchable = catalog.launchable(pkg.getId());
        Optional<SequencingEngine> engine = sequencing(employeeId, pkg);
        PackageItem item;
        if (engine.isPresent()) {
            String fromId = from == null ? null : launchable.stream().filter(i -> i.getSeq() == from).map(PackageItem::getIdentifier)
                    .findFirst().orElse(null);
            SequencingEngine.Outcome outcome;
            if (nav != null && !nav.isBlank()) {
                outcome = switch (nav) {
                    case "continue" -> engine.get().continueFrom(fromId);
                    case "previous" -> engine.get().previousFrom(fromId);
                    default -> throw new InvalidInputException("nav", "nav must be 'continue' or 'previous'");
                };
            } else if (seq != null) {
                String target = launchable.stream().filter(i -> i.getSeq() == seq).map(PackageItem::getIdentifier).findFirst()
                        .orElseThrow(() -> new NotFoundException("package " + packageCode + " has no launchable item " + seq));
                outcome = engine.get().choice(target, fromId);
            } else {
                outcome = engine.get().start();
                if (!outcome.ok()) {
                    outcome = launchable.stream().map(i -> engine.get().choice(i.getIdentifier(), null))
                            .filter(SequencingEngine.Outcome::ok).findFirst().orElse(outcome);
                }
            }
            if (!outcome.ok()) {
                throw new InvalidInputException("item", outcome.refused());
            }
            String id = outcome.deliver().id();
            item = launchable.stream().filter(i -> i.getIdentifier().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("item", "activity '" + id + "' has no content to launch"));
        } else {
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
            attempt.store(model, clock.instant());
            attempt.relaunch();
        } else {
            model = CmiModel.fresh(pkg.getKind(), String.valueOf(employeeId), name, item.getMasteryScore(), null)
                    .newSession(String.valueOf(employeeId), name, item.getMasteryScore(), null);
            attempt = new PackageAttempt(pkg.getId(), item.getSeq(), employeeId, model, clock.instant());
            em.persist(attempt);
            em.flush();
        }
        progress.started(employeeId, PackageActivity.KEY, pkg.getCode());
        fire(attempt, pkg, item, PackageAttemptChanged.Kind.LAUNCHED, List.of(), model);
        String delivered = item.getIdentifier();
        engine.ifPresent(e -> e.delivered(delivered));
        boolean canContinue = engine.map(e -> e.canContinue(delivered)).orElse(false);
        boolean canGoBack = engine.map(e -> e.canGoBack(delivered)).orElse(false);
        return new Launch(attempt, pkg, item, model, canContinue, canGoBack);
    }

    /**
     * The sequencing engine of a SCORM 2004 package with more than one launchable item, restored
     * with the learner's state: attempts and the statuses of each item's latest attempt.
     */
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
        SequencingEngine engine = SequencingReader.read(manifest);
        for (PackageItem i : launchable) {
            latest(employeeId, pkg.getId(), i.getSeq()).ifPresent(a -> {
                CmiModel.Status s = a.model(pkg.getKind()).status();
                // A suspended attempt is resumed by the next launch, so it does not use up attemptLimit.
                boolean suspended = "suspend".equals(a.values().get("cmi.exit"));
                int attempts = a.model(pkg.getKind()).attempts() - (suspended ? 1 : 0);
                if (engine.find(i.getIdentifier()).isPresent()) {
                    engine.restore(i.getIdentifier(), attempts, "completed".equals(s.completion()) ? Boolean.TRUE
                                    : "incomplete".equals(s.completion()) ? Boolean.FALSE : null,
                            s.passed() ? Boolean.TRUE : s.failed() ? Boolean.FALSE : null);
                }
            });
        }
        return Optional.of(engine);
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
        if (finish) {
            model.endSession();
        }
        attempt.store(model, clock.instant());
        fire(attempt, pkg, item, finish ? PackageAttemptChanged.Kind.FINISHED : PackageAttemptChanged.Kind.COMMITTED, applied, model);
        boolean done = report(employeeId, pkg);
        return new Committed(errors, model.status(), done);
    }

    /**
     * Tells learning how the package stands: completed when every launchable SCO's latest attempt
     * is completed or passed and none failed; the score is the mean of the SCOs that have one.
     */
    boolean report(long employeeId, ElearningPackage pkg) {
        List<CmiModel.Status> statuses = new ArrayList<>();
        for (PackageItem i : catalog.launchable(pkg.getId())) {
            if (!"sco".equals(i.getItemType()) && catalog.launchable(pkg.getId()).stream().anyMatch(x -> "sco".equals(x.getItemType()))) {
                continue; // assets report nothing; a package of assets only counts them as SCOs
            }
            statuses.add(latest(employeeId, pkg.getId(), i.getSeq()).map(a -> a.model(pkg.getKind()).status()).orElse(null));
        }
        boolean done = !statuses.isEmpty() && statuses.stream().allMatch(s -> s != null && s.completed() && !s.failed());
        List<Integer> scores = statuses.stream().filter(Objects::nonNull).map(CmiModel.Status::percent).filter(Objects::nonNull).toList();
        if (done || !scores.isEmpty()) {
            int score = scores.isEmpty() ? 100 : (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
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
