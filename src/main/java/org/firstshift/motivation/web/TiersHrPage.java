package org.firstshift.motivation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.motivation.application.Appeals;
import org.firstshift.motivation.application.NightlyRecomputation;
import org.firstshift.motivation.application.TierChanges;
import org.firstshift.motivation.application.TierEvaluations;
import org.firstshift.motivation.application.TierSchemes;
import org.firstshift.motivation.domain.SchemeVersion;
import org.firstshift.motivation.domain.Tier;
import org.firstshift.motivation.domain.TierAppeal;
import org.firstshift.motivation.domain.TierChange;
import org.firstshift.motivation.domain.TierEvaluationRecord;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HR's tiers page ({@code /hr/tiers.xhtml}): tiers per store, pending pay-grade changes to approve
 * or reject with a reason, certifications lapsing soon, open appeals, and the scheme editor (a new
 * version from YAML, validated before it is stored).
 */
@Named
@ViewScoped
public class TiersHrPage implements Serializable {
    static final int LAPSE_DAYS = 60;

    @Inject
    TierEvaluations evaluations;

    @Inject
    TierChanges changes;

    @Inject
    Appeals appeals;

    @Inject
    TierSchemes schemes;

    @Inject
    NightlyRecomputation recomputation;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    LanguageChoice language;

    public record StoreRow(String store, List<Long> counts) {
    }

    public record ChangeRow(long id, String name, String personnelNumber, String from, String to, LocalDate effectiveFrom) {
    }

    public record AppealRow(long id, String name, String tier, String comment) {
    }

    public record LapseRow(String name, String certification, LocalDate validUntil) {
    }

    private List<String> tierNames = List.of();
    private List<StoreRow> distribution = List.of();
    private List<ChangeRow> pending = List.of();
    private List<AppealRow> openAppeals = List.of();
    private List<LapseRow> lapses = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> resolutions = new HashMap<>();
    private String source;
    private String schemeLabel;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        List<Tier> tiers = schemes.inForceOn(today).map(v -> v.scheme().tiers()).orElse(List.of());
        tierNames = tiers.stream().map(t -> t.name(language.getLocale()) + " (" + t.payGrade() + ")").toList();
        Map<String, long[]> byStore = new TreeMap<>();
        Map<Long, Employee> employees = new HashMap<>();
        for (TierEvaluationRecord r : evaluations.latestOfEveryone()) {
            Employee e = people.find(r.getEmployeeId()).orElse(null);
            if (e == null || !e.isActive()) {
                continue;
            }
            employees.put(e.getId(), e);
            int index = indexOf(tiers, r.getTierCode());
            if (index >= 0) {
                byStore.computeIfAbsent(e.getLocation().getName().in(language.getLocale()), k -> new long[tiers.size()])[index]++;
            }
        }
        List<StoreRow> rows = new ArrayList<>();
        byStore.forEach((store, counts) -> rows.add(new StoreRow(store, java.util.Arrays.stream(counts).boxed().toList())));
        distribution = rows;
        pending = changes.withStatus(TierChange.Status.PENDING).stream().map(c -> {
            Employee e = people.find(c.getEmployeeId()).orElse(null);
            return new ChangeRow(c.getId(), e == null ? "#" + c.getEmployeeId() : e.getFullName(), e == null ? "" : e.getPersonnelNumber(),
                    c.getFromTier() + " / " + (c.getFromGrade() == null ? "—" : c.getFromGrade()), c.getToTier() + " / " + c.getToGrade(),
                    c.getEffectiveFrom());
        }).toList();
        openAppeals = appeals.open().stream().map(a -> new AppealRow(a.getId(), name(a.getEmployeeId()),
                evaluations.find(a.getEvaluationId()).map(TierEvaluationRecord::getTierCode).orElse(""), a.getComment())).toList();
        lapses = lapses(today);
        SchemeVersion latest = schemes.all().stream().findFirst().orElse(null);
        if (source == null) {
            source = latest == null ? "" : latest.getSource();
        }
        schemeLabel = latest == null ? "" : latest.getCode() + " v" + latest.getVersionNo() + " · " + language.date(latest.getEffectiveFrom());
    }

    /** Valid certification cycles of active employees that end within {@link #LAPSE_DAYS} days, soonest first. */
    private List<LapseRow> lapses(LocalDate today) {
        Set<Long> ids = new LinkedHashSet<>();
        Map<Long, String> names = new HashMap<>();
        for (int first = 0; ; first += 500) {
            List<Employee> page = people.search(new EmployeeQuery(null, null, null, false, first, 500));
            page.forEach(e -> {
                ids.add(e.getId());
                names.put(e.getId(), e.getFullName());
            });
            if (page.size() < 500) {
                break;
            }
        }
        ResultBook book = evaluations.collect(ids, clock.instant());
        List<LapseRow> rows = new ArrayList<>();
        for (long id : ids) {
            for (ResultBook.CertificationCycle c : book.of(id).certifications) {
                if (c.validOn(today) && c.validUntil() != null && !c.validUntil().isAfter(today.plusDays(LAPSE_DAYS))) {
                    rows.add(new LapseRow(names.get(id), c.certificationCode(), c.validUntil()));
                }
            }
        }
        rows.sort(Comparator.comparing(LapseRow::validUntil));
        return rows;
    }

    private static int indexOf(List<Tier> tiers, String code) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String name(long id) {
        return people.find(id).map(Employee::getFullName).orElse("#" + id);
    }

    private String text(String key, Object... args) {
        return Messages.of("motivation", language.getLocale()).get(key, args);
    }

    public void approve(long id) {
        if (FacesMessages.attempt(() -> changes.approve(id, user.getUsername()))) {
            FacesMessages.info(text("hr.approved"));
        }
        load();
    }

    public void reject(long id) {
        if (FacesMessages.attempt(() -> changes.reject(id, reasons.get(id), user.getUsername()))) {
            FacesMessages.info(text("hr.rejected"));
            reasons.remove(id);
        }
        load();
    }

    public void resolve(long id) {
        if (FacesMessages.attempt(() -> appeals.resolve(id, resolutions.get(id), user.getUsername()))) {
            FacesMessages.info(text("hr.resolved"));
            resolutions.remove(id);
        }
        load();
    }

    public void saveScheme() {
        String[] saved = new String[1];
        if (FacesMessages.attempt(() -> saved[0] = schemes.save(source, user.getUsername()).getVersionNo() + "")) {
            FacesMessages.info(text("hr.scheme.saved", saved[0]));
        }
        load();
    }

    public void recompute() {
        int written = recomputation.recomputeAll();
        FacesMessages.info(text("hr.recomputed", written));
        load();
    }

    public List<String> getTierNames() { return tierNames; }
    public List<StoreRow> getDistribution() { return distribution; }
    public List<ChangeRow> getPending() { return pending; }
    public List<AppealRow> getOpenAppeals() { return openAppeals; }
    public List<LapseRow> getLapses() { return lapses; }
    public Map<Long, String> getReasons() { return reasons; }
    public Map<Long, String> getResolutions() { return resolutions; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getSchemeLabel() { return schemeLabel; }
}
