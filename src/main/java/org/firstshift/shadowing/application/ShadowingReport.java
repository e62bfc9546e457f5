package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.Location;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.Rating;
import org.firstshift.shadowing.domain.ShadowingRecord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What HR sees of shadowing: completion per store, how active each mentor was in the last
 * {@value #ACTIVITY_DAYS} days, and each mentor's share of INDEPENDENTLY ratings next to their
 * store's average (a mentor far above the store may be signing off too easily).
 */
@ApplicationScoped
public class ShadowingReport {
    public static final int ACTIVITY_DAYS = 30;

    @Inject
    Shifts shifts;

    @Inject
    ShadowingLedger ledger;

    @Inject
    ShadowingProgress progress;

    @Inject
    People people;

    @Inject
    Clock clock;

    public record StoreCompletion(Location store, int trainees, int complete, int averagePercent, int awaitingConfirmation) {
    }

    public record MentorActivity(Employee mentor, long signOffs, long trainees, java.time.Instant last) {
    }

    public record Calibration(Employee mentor, long ratings, int independentPercent, int storeAveragePercent) {
        /** Percentage points above (positive) or below the store's average. */
        public int difference() {
            return independentPercent - storeAveragePercent;
        }
    }

    /** Trainees are everyone who has had a shadow shift; grouped by the store they work in now. */
    public List<StoreCompletion> completionByStore() {
        Map<String, List<TraineeShadowing>> byStore = new TreeMap<>();
        Map<String, Location> stores = new LinkedHashMap<>();
        shifts.trainees().stream().map(progress::of).filter(TraineeShadowing::hasPlan)
                .forEach(t -> {
                    Location store = t.trainee().getLocation();
                    stores.putIfAbsent(store.getCode(), store);
                    byStore.computeIfAbsent(store.getCode(), k -> new ArrayList<>()).add(t);
                });
        return byStore.entrySet().stream().map(e -> new StoreCompletion(stores.get(e.getKey()), e.getValue().size(),
                (int) e.getValue().stream().filter(TraineeShadowing::isComplete).count(),
                (int) Math.round(e.getValue().stream().mapToInt(TraineeShadowing::percentDone).average().orElse(0)),
                e.getValue().stream().mapToInt(t -> t.awaitingConfirmation().size()).sum())).toList();
    }

    /** Sign-offs and corrections per mentor in the last {@value #ACTIVITY_DAYS} days, busiest first. */
    public List<MentorActivity> mentorActivity() {
        long since = clock.instant().minus(Duration.ofDays(ACTIVITY_DAYS)).toEpochMilli();
        Map<Long, List<ShadowingRecord>> byMentor = ledger.observationsSince(since).stream()
                .collect(Collectors.groupingBy(ShadowingRecord::getActorId));
        return byMentor.entrySet().stream().flatMap(e -> people.find(e.getKey()).stream().map(m -> new MentorActivity(m,
                        e.getValue().size(), e.getValue().stream().map(ShadowingRecord::getTraineeId).distinct().count(),
                        e.getValue().stream().map(ShadowingRecord::getRecordedAt).max(Comparator.naturalOrder()).orElse(null))))
                .sorted(Comparator.comparingLong(MentorActivity::signOffs).reversed()
                        .thenComparing(a -> a.mentor().getFullName())).toList();
    }

    /**
     * Per mentor, the share of observations (as corrected) rated INDEPENDENTLY, against the share of
     * all observations by mentors of the same store.
     */
    public List<Calibration> calibration() {
        Map<Long, long[]> perMentor = new TreeMap<>(); // mentor id -> {independent, all}
        for (long trainee : ledger.trainees()) {
            for (PlanProgress.Observation o : PlanProgress.observations(ledger.contentsOf(trainee))) {
                long[] counts = perMentor.computeIfAbsent(o.original().actorId(), k -> new long[2]);
                counts[0] += o.effective().rating() == Rating.INDEPENDENTLY ? 1 : 0;
                counts[1]++;
            }
        }
        Map<Long, Employee> mentors = new LinkedHashMap<>();
        Map<String, long[]> perStore = new TreeMap<>();
        perMentor.forEach((id, counts) -> people.find(id).ifPresent(m -> {
            mentors.put(id, m);
            long[] store = perStore.computeIfAbsent(m.getLocation().getCode(), k -> new long[2]);
            store[0] += counts[0];
            store[1] += counts[1];
        }));
        return mentors.entrySet().stream().map(e -> {
            long[] mine = perMentor.get(e.getKey());
            long[] store = perStore.get(e.getValue().getLocation().getCode());
            return new Calibration(e.getValue(), mine[1], percent(mine), percent(store));
        }).sorted(Comparator.comparing((Calibration c) -> c.mentor().getLocation().getCode())
                .thenComparing(c -> c.mentor().getFullName())).toList();
    }

    private static int percent(long[] counts) {
        return counts[1] == 0 ? 0 : (int) Math.round(100.0 * counts[0] / counts[1]);
    }
}
