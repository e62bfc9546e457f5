package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.certification.domain.CertificationTerms;
import org.firstshift.certification.domain.CycleStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading certifications and cycles, with each cycle's status computed for today. */
@ApplicationScoped
public class Certifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<Certification> all() {
        return em.createNamedQuery("Certification.all", Certification.class).getResultList();
    }

    public Optional<Certification> byCode(String code) {
        return em.createNamedQuery("Certification.findByCode", Certification.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<CertificationCycle> cycle(long id) {
        return Optional.ofNullable(em.find(CertificationCycle.class, id));
    }

    public Optional<CertificationCycle> byCertificateCode(String code) {
        return em.createNamedQuery("CertificationCycle.findByCertificateCode", CertificationCycle.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<CertificationCycle> cyclesOf(long employeeId) {
        return em.createNamedQuery("CertificationCycle.findByEmployee", CertificationCycle.class)
                .setParameter("employee", employeeId).getResultList();
    }

    /** Cycles of many employees in few queries (chunks of 500 ids). */
    public List<CertificationCycle> cyclesOf(Collection<Long> employeeIds) {
        List<Long> ids = new ArrayList<>(new HashSet<>(employeeIds));
        List<CertificationCycle> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            all.addAll(em.createNamedQuery("CertificationCycle.findByEmployees", CertificationCycle.class)
                    .setParameter("employees", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
        }
        return all;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One certification as one employee holds it: every cycle, oldest first, and the status today. */
    public record Holding(long employeeId, Certification certification, List<CycleView> cycles, CycleStatus status,
                          LocalDate validUntil, boolean windowOpen, LocalDate windowOpens) {
        public CycleView current() {
            return cycles.stream().filter(c -> c.status() == CycleStatus.VALID).findFirst()
                    .orElse(cycles.isEmpty() ? null : cycles.get(cycles.size() - 1));
        }
    }

    /** A cycle with its status today and whether a later cycle continues it. */
    public record CycleView(CertificationCycle cycle, CycleStatus status, boolean continued) {
    }

    /** Groups cycles into holdings (per employee and certification) with statuses for {@code today}. */
    public List<Holding> holdings(List<CertificationCycle> cycles, LocalDate today) {
        Map<String, Certification> definitions = new LinkedHashMap<>();
        all().forEach(c -> definitions.put(c.getCode(), c));
        Set<Long> continuedIds = new HashSet<>();
        cycles.stream().filter(c -> c.getPreviousCycleId() != null && !c.revoked()).forEach(c -> continuedIds.add(c.getPreviousCycleId()));
        Map<String, List<CertificationCycle>> grouped = new LinkedHashMap<>();
        cycles.stream().sorted(Comparator.comparing(CertificationCycle::getEmployeeId)
                        .thenComparing(CertificationCycle::getCertificationCode).thenComparing(CertificationCycle::getValidFrom))
                .forEach(c -> grouped.computeIfAbsent(c.getEmployeeId() + "/" + c.getCertificationCode(), k -> new ArrayList<>()).add(c));
        List<Holding> holdings = new ArrayList<>();
        for (List<CertificationCycle> group : grouped.values()) {
            Certification definition = definitions.get(group.get(0).getCertificationCode());
            List<CycleView> views = group.stream()
                    .map(c -> new CycleView(c, c.statusOn(today, continuedIds.contains(c.getId())), continuedIds.contains(c.getId())))
                    .toList();
            holdings.add(holding(group.get(0).getEmployeeId(), definition, views, today));
        }
        return holdings;
    }

    static Holding holding(long employeeId, Certification definition, List<CycleView> views, LocalDate today) {
        CertificationTerms terms = definition.terms();
        List<CycleView> standing = views.stream().filter(v -> v.status() != CycleStatus.REVOKED).toList();
        boolean validToday = standing.stream().anyMatch(v -> v.status() == CycleStatus.VALID);
        LocalDate until = standing.stream().map(v -> v.cycle().getValidUntil()).max(Comparator.naturalOrder()).orElse(null);
        CycleStatus status;
        if (validToday) {
            status = CycleStatus.VALID;
        } else if (standing.stream().anyMatch(v -> v.status() == CycleStatus.UPCOMING)) {
            status = CycleStatus.UPCOMING;
        } else if (standing.isEmpty()) {
            status = CycleStatus.REVOKED;
        } else {
            status = CycleStatus.EXPIRED;
        }
        LocalDate opens = until == null ? null : terms.windowOpens(until);
        boolean windowOpen = validToday && opens != null && !today.isBefore(opens);
        return new Holding(employeeId, definition, views, status, until, windowOpen, opens);
    }

    public List<Holding> holdingsOf(long employeeId) {
        return holdings(cyclesOf(employeeId), today());
    }
}
