package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.domain.RollingWindow;
import org.firstshift.audits.domain.Scoring;
import org.firstshift.audits.domain.VisitStatus;
import org.firstshift.learning.application.Assignments;
import org.firstshift.learning.domain.Assignment;
import org.firstshift.platform.activity.ActivityTypes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Scores read back: one employee's visits and rolling score with their remediation, and the
 * company picture (per store, per rule, monthly trends, most-often-failed rules per store and for
 * the chain). Only current versions of submitted visits count; corrected versions stay in history.
 */
@ApplicationScoped
public class AuditScores {
    /** How far back the company picture looks. */
    public static final int STATS_MONTHS = 12;
    public static final int TOP_FAILED = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Assignments assignments;

    @Inject
    ActivityTypes types;

    @Inject
    Visits visits;

    public record LineView(String line, String title, List<String> rules, Integer points, int maxPoints, boolean notApplicable,
                           boolean failed, boolean critical, String comment, List<Long> photoIds) {
    }

    /** {@code auditor} is null when the reader may not know who audited. */
    public record VisitView(long id, LocalDate date, String time, String store, String channel, double score,
                            boolean criticalFailed, List<String> failedRules, int revision, String correctionReason,
                            String checklist, int checklistVersion, String auditor, String agency, boolean verified,
                            List<LineView> lines) {
    }

    public record AssignmentView(String typeKey, String ref, String title, LocalDate dueOn, boolean done, String reason) {
    }

    public record EmployeeSummary(long employeeId, Double windowScore, int windowVisits, int windowMonths, int windowSize,
                                  List<VisitView> visits, List<AssignmentView> remediation) {
    }

    public EmployeeSummary ofEmployee(long employeeId, boolean showAuditor, Locale locale) {
        List<AuditVisit> current = em.createNamedQuery("AuditVisit.currentOfEmployee", AuditVisit.class)
                .setParameter("employeeId", employeeId).setParameter("status", VisitStatus.SUBMITTED).getResultList();
        LocalDate today = LocalDate.now(clock);
        List<RollingWindow.Visit> scored = current.stream()
                .map(v -> new RollingWindow.Visit(v.getVisitDate(), v.getScorePercent())).toList();
        OptionalDouble window = RollingWindow.score(scored, today);
        List<VisitView> views = current.stream().map(v -> view(v, showAuditor, locale)).toList();
        List<AssignmentView> remediation = assignments.of(employeeId).stream()
                .filter(a -> Remediations.SOURCE.equals(a.getSource()))
                .map(a -> assignment(a, locale)).toList();
        return new EmployeeSummary(employeeId, window.isPresent() ? window.getAsDouble() : null,
                RollingWindow.window(scored, today).size(), RollingWindow.MONTHS, RollingWindow.VISITS, views, remediation);
    }

    private AssignmentView assignment(Assignment a, Locale locale) {
        return new AssignmentView(a.getTypeKey(), a.getRef(), types.byKey(a.getTypeKey()).title(a.getRef(), locale), a.getDueOn(),
                a.isDone(), a.getReason());
    }

    public VisitView view(AuditVisit v, boolean showAuditor, Locale locale) {
        Map<Long, String> photos = visits.photosOf(v.getId());
        List<LineView> lines = new ArrayList<>();
        v.getAnswers().forEach(a -> {
            String title = v.getChecklist().line(a.getLineCode()).map(l -> l.getTitle().in(locale)).orElse(a.getLineCode());
            List<Long> ids = photos.entrySet().stream().filter(e -> e.getValue().equals(a.getLineCode())).map(Map.Entry::getKey).toList();
            lines.add(new LineView(a.getLineCode(), title, a.getRules(), a.getPoints(), a.getMaxPoints(), a.getPoints() == null,
                    a.failed(), a.isCritical(), a.getComment(), ids));
        });
        return new VisitView(v.getId(), v.getVisitDate(), v.getVisitTime() == null ? null : v.getVisitTime().toString(),
                v.getStoreCode(), v.getChannel().name(), v.getScorePercent() == null ? 0 : v.getScorePercent(), v.isCriticalFailed(),
                v.getFailedRules(), v.getRevision(), v.getCorrectionReason(), v.getChecklist().getCode(),
                v.getChecklist().getVersionNo(), showAuditor ? v.getRecordedBy() : null,
                showAuditor ? v.getAgencyCode() : null, v.isVerified(), lines);
    }

    // ------------------------------------------------------------------ company picture

    public record RuleCount(String rule, long failed, long checked) {
        public double failRate() {
            return checked == 0 ? 0 : Scoring.round(100.0 * failed / checked);
        }
    }

    public record MonthPoint(String month, double score, int visits) {
    }

    public record StoreStats(String store, int visits, double score, int criticalFailed, List<RuleCount> mostFailed,
                             List<MonthPoint> trend) {
    }

    public record Stats(LocalDate from, StoreStats chain, List<StoreStats> stores, List<RuleCount> rules) {
    }

    private static final String CHAIN = "*";

    private static final class Acc {
        int visits;
        double sum;
        int critical;
        final Map<String, long[]> rules = new HashMap<>();
        final TreeMap<YearMonth, double[]> months = new TreeMap<>();
    }

    public Stats stats() {
        LocalDate from = LocalDate.now(clock).minusMonths(STATS_MONTHS).withDayOfMonth(1);
        Map<String, Acc> byStore = new TreeMap<>();
        em.createNamedQuery("AuditVisit.currentSince", AuditVisit.class).setParameter("status", VisitStatus.SUBMITTED)
                .setParameter("from", from).getResultStream().forEach(v -> {
                    for (String key : new String[]{CHAIN, v.getStoreCode()}) {
                        Acc a = byStore.computeIfAbsent(key, k -> new Acc());
                        a.visits++;
                        a.sum += v.getScorePercent();
                        a.critical += v.isCriticalFailed() ? 1 : 0;
                        double[] m = a.months.computeIfAbsent(YearMonth.from(v.getVisitDate()), k -> new double[2]);
                        m[0] += v.getScorePercent();
                        m[1]++;
                    }
                });
        em.createNamedQuery("AuditAnswer.currentSince", Object[].class).setParameter("status", VisitStatus.SUBMITTED)
                .setParameter("from", from).getResultStream().forEach(r -> {
                    String store = (String) r[0];
                    @SuppressWarnings("unchecked")
                    List<String> rules = (List<String>) r[1];
                    Integer points = (Integer) r[2];
                    if (points == null) {
                        return;
                    }
                    for (String key : new String[]{CHAIN, store}) {
                        Acc a = byStore.get(key);
                        if (a == null) {
                            continue;
                        }
                        for (String rule : rules) {
                            long[] c = a.rules.computeIfAbsent(rule, k -> new long[2]);
                            c[1]++;
                            if (points == 0) {
                                c[0]++;
                            }
                        }
                    }
                });
        List<StoreStats> stores = new ArrayList<>();
        StoreStats chain = new StoreStats(CHAIN, 0, 0, 0, List.of(), List.of());
        for (Map.Entry<String, Acc> e : byStore.entrySet()) {
            StoreStats s = stats(e.getKey(), e.getValue());
            if (e.getKey().equals(CHAIN)) {
                chain = s;
            } else {
                stores.add(s);
            }
        }
        List<RuleCount> rules = byStore.containsKey(CHAIN) ? counts(byStore.get(CHAIN)).stream()
                .sorted(Comparator.comparing(RuleCount::rule)).toList() : List.of();
        return new Stats(from, chain, stores, rules);
    }

    private static List<RuleCount> counts(Acc a) {
        return a.rules.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static StoreStats stats(String store, Acc a) {
        List<RuleCount> failed = counts(a).stream().filter(c -> c.failed() > 0)
                .sorted(Comparator.comparingLong(RuleCount::failed).reversed().thenComparing(RuleCount::rule))
                .limit(TOP_FAILED).toList();
        List<MonthPoint> trend = a.months.entrySet().stream()
                .map(e -> new MonthPoint(e.getKey().toString(), Scoring.round(e.getValue()[0] / e.getValue()[1]), (int) e.getValue()[1]))
                .toList();
        return new StoreStats(store, a.visits, a.visits == 0 ? 0 : Scoring.round(a.sum / a.visits), a.critical, failed, trend);
    }
}
