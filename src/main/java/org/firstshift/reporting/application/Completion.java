package org.firstshift.reporting.application;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completion of one group (a store or a position): employees enrolled, how many of them have
 * completed every program they are enrolled in, the average share done over their programs,
 * the number of overdue activities, and the average time to ready of those who are ready (null
 * when nobody is).
 */
public record Completion(Labelled group, int enrolled, int complete, int averagePercent, long overdue,
                         Integer averageDaysToReady) {

    /** One line per group, in the order of the group codes. */
    public static List<Completion> by(List<EmployeeProgress> rows, Function<EmployeeProgress, Labelled> group) {
        Map<String, List<EmployeeProgress>> groups = rows.stream()
                .collect(Collectors.groupingBy(r -> group.apply(r).code(), TreeMap::new, Collectors.toList()));
        return groups.values().stream().map(g -> of(group.apply(g.get(0)), g)).toList();
    }

    static Completion of(Labelled group, List<EmployeeProgress> rows) {
        // An employee in two programs counts once, and as complete only when both are.
        Map<Long, Boolean> readyByEmployee = rows.stream()
                .collect(Collectors.toMap(r -> r.learner().employeeId(), EmployeeProgress::isReady, Boolean::logicalAnd));
        int complete = (int) readyByEmployee.values().stream().filter(Boolean::booleanValue).count();
        int average = (int) Math.round(rows.stream().mapToInt(EmployeeProgress::percentDone).average().orElse(0));
        long overdue = rows.stream().mapToLong(EmployeeProgress::overdueCount).sum();
        OptionalDouble toReady = rows.stream().filter(EmployeeProgress::isReady).mapToLong(EmployeeProgress::days).average();
        return new Completion(group, readyByEmployee.size(), complete, average, overdue,
                toReady.isPresent() ? (int) Math.round(toReady.getAsDouble()) : null);
    }
}
