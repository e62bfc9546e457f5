package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.certification.domain.CycleStatus;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** HR's list: who holds what, per store, with lapses coming up and lapsed ones. Two queries in all. */
@ApplicationScoped
public class CertificationRecords {

    @Inject
    People people;

    @Inject
    Certifications certifications;

    public record Row(Employee employee, Certifications.Holding holding) {
    }

    /**
     * Holdings of the active employees of {@code store} (all stores when blank); with
     * {@code lapsingWithinDays} only those valid today whose validity ends within that many days
     * (and nothing continues it); with {@code expiredOnly} only lapsed ones. Soonest end first.
     */
    public List<Row> holders(String store, Integer lapsingWithinDays, boolean expiredOnly) {
        Map<Long, Employee> employees = people.search(new EmployeeQuery(null, store == null || store.isBlank() ? null : store,
                        null, false, 0, 100_000)).stream()
                .collect(Collectors.toMap(Employee::getId, Function.identity()));
        LocalDate today = certifications.today();
        return certifications.holdings(certifications.cyclesOf(employees.keySet()), today).stream()
                .filter(h -> lapsingWithinDays == null || (h.status() == CycleStatus.VALID
                        && !h.validUntil().isAfter(today.plusDays(lapsingWithinDays))))
                .filter(h -> !expiredOnly || h.status() == CycleStatus.EXPIRED)
                .map(h -> new Row(employees.get(h.employeeId()), h))
                .sorted(Comparator.comparing((Row r) -> r.holding().validUntil(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.employee().getFullName()))
                .toList();
    }
}
