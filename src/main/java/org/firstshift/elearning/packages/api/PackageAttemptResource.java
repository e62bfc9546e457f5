package org.firstshift.elearning.packages.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.elearning.packages.application.PackageAttempts;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.scorm.CmiModel;
import org.firstshift.elearning.packages.domain.scorm.CmiRules;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.List;
import java.util.Map;

/**
 * The learner's own SCORM attempts: launch (or resume), commit a batch of SetValue calls, read the
 * raw values. Another learner's attempt answers 404.
 */
@RequestScoped
@Path("package-attempts")
@Produces(MediaType.APPLICATION_JSON)
public class PackageAttemptResource {

    @Inject
    PackageAttempts attempts;

    @Inject
    PackageCatalog catalog;

    @Inject
    CurrentUser user;

    /**
     * {@code item}: the chosen item's seq; or {@code nav} (an adl.nav.request value: continue,
     * previous, choice, jump, exit, exitAll, suspendAll, abandon, abandonAll, or start/resumeAll)
     * from item {@code from}, with {@code target} the activity identifier of a choice or jump; or
     * neither: the start (which resumes a suspended course).
     */
    public record LaunchRequest(String packageCode, Integer item, String nav, Integer from, String target) {
    }

    /** A delivered item, or {@code ended} with {@code why} (and no attempt) when the request ended the session. */
    public record LaunchView(Long attemptId, String kind, String packageCode, Integer item, String itemTitle, String launchUrl,
                             boolean canContinue, boolean canGoBack, Map<String, String> navValid, Map<String, String> values,
                             Map<String, Object> rules, boolean ended, String why) {
    }

    public record CommitRequest(List<PackageAttempts.Call> calls, boolean finish) {
    }

    /** {@code navRequest}: the adl.nav.request the SCO left on Terminate (null for none), for the player to carry out. */
    public record CommitView(List<Integer> errors, String completionStatus, String successStatus, Integer scorePercent,
                             boolean packageCompleted, String navRequest, boolean canContinue, boolean canGoBack,
                             Map<String, String> navValid) {
    }

    public record AttemptView(long attemptId, String packageCode, int item, String kind, boolean completed,
                              Map<String, String> explain) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public LaunchView launch(LaunchRequest request) {
        if (request == null || request.packageCode() == null || request.packageCode().isBlank()) {
            throw new InvalidInputException("packageCode", "the package code is required");
        }
        PackageAttempts.Launch l = attempts.launch(user.requireEmployeeId(), request.packageCode(), request.item(), request.nav(), request.from(),
                request.target());
        if (l.ended()) {
            return new LaunchView(null, l.pkg().getKind().name(), l.pkg().getCode(), null, null, null, false, false, Map.of(), Map.of(),
                    Map.of(), true, l.why());
        }
        String launchUrl = "player/t/" + l.attempt().getLaunchToken() + "/" + l.item().getLaunch();
        return new LaunchView(l.attempt().getId(), l.pkg().getKind().name(), l.pkg().getCode(), l.item().getSeq(),
                l.item().getTitle(), launchUrl, l.canContinue(), l.canGoBack(), l.navValid(), AttemptViews.forContent(l.model().values()),
                rules(l.pkg().getKind()), false, null);
    }

    @POST
    @Path("{id}/commits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.LEARNER_ROLE)
    public CommitView commit(@PathParam("id") long id, CommitRequest request) {
        if (request == null) {
            throw new InvalidInputException("calls", "a commit needs a body with calls and finish");
        }
        PackageAttempts.Committed c = attempts.commit(user.requireEmployeeId(), id, request.calls(), request.finish());
        CmiModel.Status s = c.status();
        return new CommitView(c.errors(), s.completion(), s.success(), s.percent(), c.packageCompleted(), c.navRequest(),
                c.canContinue(), c.canGoBack(), c.navValid());
    }

    /** One activity of the learner's sequencing tree with its rolled-up status (null: unknown). */
    public record ActivityView(String identifier, String title, int depth, int attempts, Boolean completed, Boolean satisfied,
                               Double measure, boolean suspended) {
    }

    public record SequencingView(String packageCode, boolean sequenced, String suspendedActivity, List<ActivityView> activities) {
    }

    /** The caller's own sequencing state of a package: the activity tree in this attempt's order with rollup results. */
    @GET
    @Path("sequencing/{code}")
    @RolesAllowed(Role.LEARNER_ROLE)
    public SequencingView sequencing(@PathParam("code") String code) {
        ElearningPackage p = catalog.byCode(code).orElseThrow(() -> new NotFoundException("no package " + code));
        var engine = attempts.sequencing(user.requireEmployeeId(), p);
        List<ActivityView> out = new java.util.ArrayList<>();
        engine.ifPresent(e -> walk(e.root(), 0, out));
        return new SequencingView(p.getCode(), engine.isPresent(),
                engine.flatMap(e -> e.suspendedActivity()).map(a -> a.id()).orElse(null), out);
    }

    private static void walk(org.firstshift.elearning.packages.domain.sequencing.Activity a, int depth, List<ActivityView> out) {
        out.add(new ActivityView(a.id(), a.title(), depth, a.attempts(), a.completed(), a.satisfied(), a.measure(), a.suspended()));
        a.availableChildren().forEach(k -> walk(k, depth + 1, out));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.LEARNER_ROLE)
    public AttemptView one(@PathParam("id") long id) {
        PackageAttempt a = attempts.own(user.requireEmployeeId(), id);
        ElearningPackage p = catalog.byId(a.getPackageId()).orElseThrow();
        return new AttemptView(a.getId(), p.getCode(), a.getItemSeq(), p.getKind().name(),
                a.model(p.getKind()).status().completed(), AttemptViews.explain(a, p.getKind()));
    }

    /** The rules table as the content-side shim reads it. */
    public static Map<String, Object> rules(org.firstshift.elearning.packages.domain.PackageKind kind) {
        return RulesJson.of(kind);
    }

    static final class RulesJson {
        private RulesJson() {
        }

        static Map<String, Object> of(org.firstshift.elearning.packages.domain.PackageKind kind) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            CmiRules.of(kind).forEach((name, e) -> {
                Map<String, Object> r = new java.util.LinkedHashMap<>();
                r.put("access", e.access().name());
                if (e.vocabulary() != null) {
                    r.put("vocabulary", e.vocabulary());
                }
                if (e.pattern() != null) {
                    r.put("pattern", e.pattern().pattern());
                }
                if (e.min() != null) {
                    r.put("min", e.min());
                }
                if (e.max() != null) {
                    r.put("max", e.max());
                }
                if (e.maxLength() > 0) {
                    r.put("maxLength", e.maxLength());
                }
                out.put(name, r);
            });
            return out;
        }
    }
}
