package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.roleplay.domain.ChoiceRecord;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.NodeType;
import org.firstshift.roleplay.domain.RoleplayAttempt;
import org.firstshift.roleplay.domain.Scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What authors and HR learn from role-plays: per choice node, how often each response was chosen
 * and by which positions and stores; per objection type, how well new hires handle it.
 */
@ApplicationScoped
public class RoleplayAnalytics {
    /** "New hires" for HR's objection view: hired within this many days. */
    static final int NEW_HIRE_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scenarios scenarios;

    @Inject
    People people;

    @Inject
    Clock clock;

    public record ResponseCount(String responseId, String text, int score, long count, Map<String, Long> byPosition,
                                Map<String, Long> byStore) {
    }

    public record NodeStats(String nodeId, String prompt, long total, List<ResponseCount> responses) {
    }

    public List<NodeStats> perNode(String scenarioCode, Locale locale) {
        Scenario s = scenarios.get(scenarioCode);
        var graph = scenarios.graph(s);
        List<ChoiceRecord> choices = em.createQuery(
                "SELECT c FROM ChoiceRecord c WHERE c.attempt.scenarioCode = :code", ChoiceRecord.class)
                .setParameter("code", scenarioCode).getResultList();
        Map<Long, Optional<Employee>> who = new HashMap<>();
        Map<String, List<ChoiceRecord>> byResponse = new HashMap<>();
        Map<ChoiceRecord, Long> employeeOf = new HashMap<>();
        for (ChoiceRecord c : choices) {
            byResponse.computeIfAbsent(c.getNodeCode() + "/" + c.getResponseCode(), k -> new ArrayList<>()).add(c);
        }
        List<NodeStats> stats = new ArrayList<>();
        for (Node n : graph.nodes().values()) {
            if (n.type() != NodeType.CHOICE) {
                continue;
            }
            List<ResponseCount> counts = new ArrayList<>();
            long total = 0;
            for (var r : n.responses()) {
                List<ChoiceRecord> made = byResponse.getOrDefault(n.id() + "/" + r.id(), List.of());
                Map<String, Long> byPosition = new TreeMap<>();
                Map<String, Long> byStore = new TreeMap<>();
                for (ChoiceRecord c : made) {
                    long employeeId = employeeOf.computeIfAbsent(c, x -> attemptEmployee(x));
                    who.computeIfAbsent(employeeId, people::find).ifPresent(e -> {
                        byPosition.merge(e.getPosition().getName().in(locale), 1L, Long::sum);
                        byStore.merge(e.getLocation().getName().in(locale), 1L, Long::sum);
                    });
                }
                total += made.size();
                counts.add(new ResponseCount(r.id(), r.text().in(locale), r.score(), made.size(), byPosition, byStore));
            }
            stats.add(new NodeStats(n.id(), n.prompt() == null ? n.id() : n.prompt().in(locale), total, counts));
        }
        return stats;
    }

    private long attemptEmployee(ChoiceRecord c) {
        return em.createQuery("SELECT a.employeeId FROM RoleplayAttempt a JOIN a.choices c WHERE c = :c", Long.class)
                .setParameter("c", c).getSingleResult();
    }

    public record ObjectionStats(String objection, long attempts, long people, int averagePercent, int passRate) {
    }

    /** Per objection type, new hires' finished attempts: average score and pass rate, worst first. */
    public List<ObjectionStats> objectionsForNewHires() {
        LocalDate since = LocalDate.now(clock).minusDays(NEW_HIRE_DAYS);
        Map<String, Scenario> byCode = new HashMap<>();
        scenarios.all().forEach(s -> byCode.put(s.getCode(), s));
        Map<String, List<RoleplayAttempt>> byObjection = new TreeMap<>();
        Map<Long, Optional<Employee>> who = new HashMap<>();
        for (RoleplayAttempt a : em.createNamedQuery("RoleplayAttempt.finished", RoleplayAttempt.class).getResultList()) {
            Scenario s = byCode.get(a.getScenarioCode());
            boolean newHire = who.computeIfAbsent(a.getEmployeeId(), people::find)
                    .map(e -> !e.getHireDate().isBefore(since)).orElse(false);
            if (s != null && newHire) {
                byObjection.computeIfAbsent(s.getObjection(), k -> new ArrayList<>()).add(a);
            }
        }
        List<ObjectionStats> stats = new ArrayList<>();
        byObjection.forEach((objection, attempts) -> {
            int avg = (int) Math.round(attempts.stream().mapToInt(RoleplayAttempt::percent).average().orElse(0));
            long passed = attempts.stream().filter(a -> a.passed(byCode.get(a.getScenarioCode()).getPassMark())).count();
            stats.add(new ObjectionStats(objection, attempts.size(),
                    attempts.stream().map(RoleplayAttempt::getEmployeeId).distinct().count(), avg,
                    (int) Math.round(100.0 * passed / attempts.size())));
        });
        stats.sort(Comparator.comparingInt(ObjectionStats::averagePercent));
        return stats;
    }
}
