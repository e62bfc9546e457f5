package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.motivation.domain.SchemeVersion;
import org.firstshift.motivation.domain.TierScheme;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.content.ContentProblems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tier scheme versions: the one in force on a day (latest effective date not after it, then the
 * highest version), and new versions from HR or content. A version is validated in full before it
 * is stored (shape, then {@link TierScheme#problems}); stored versions never change.
 */
@ApplicationScoped
public class TierSchemes {
    static final String ENTITY = "TierScheme";
    public static final String EDITOR_FILE = "tiers.yaml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Parsed versions by id: versions are immutable, so this never goes stale. */
    private final Map<Long, TierScheme> parsed = new ConcurrentHashMap<>();

    /** A stored version with its parsed scheme. */
    public record Version(SchemeVersion row, TierScheme scheme) {
    }

    public Optional<Version> inForceOn(LocalDate day) {
        return em.createNamedQuery("SchemeVersion.effectiveOn", SchemeVersion.class).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst().map(this::version);
    }

    public Version get(long id) {
        SchemeVersion row = em.find(SchemeVersion.class, id);
        if (row == null) {
            throw new org.firstshift.platform.api.NotFoundException("no tier scheme version " + id);
        }
        return version(row);
    }

    public List<SchemeVersion> all() {
        return em.createNamedQuery("SchemeVersion.all", SchemeVersion.class).getResultList();
    }

    public Optional<SchemeVersion> latestOf(String code) {
        return em.createNamedQuery("SchemeVersion.findByCode", SchemeVersion.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Version version(SchemeVersion row) {
        TierScheme scheme = parsed.computeIfAbsent(row.getId(), id -> {
            ContentProblems problems = new ContentProblems();
            return SchemeReader.parse("tier scheme " + row.getCode() + " v" + row.getVersionNo(), row.getSource(), problems)
                    .orElseThrow(() -> new IllegalStateException("stored tier scheme " + id + " no longer reads: " + problems.items()))
                    .scheme().withVersion(row.getVersionNo(), row.getEffectiveFrom());
        });
        return new Version(row, scheme);
    }

    public Map<String, Integer> payGradeRanks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (PayGrade g : organisation.payGrades()) {
            ranks.put(g.getCode(), g.getRank());
        }
        return ranks;
    }

    /**
     * Reads, validates and stores a new version (numbered after the latest of its code). Problems
     * are reported all at once with their line, and nothing is stored.
     */
    @Transactional
    public SchemeVersion save(String yaml, String actor) {
        ContentProblems problems = new ContentProblems();
        Optional<SchemeReader.Read> read = SchemeReader.parse(EDITOR_FILE, yaml, problems);
        read.ifPresent(r -> SchemeReader.validate(EDITOR_FILE, r, payGradeRanks(), problems));
        if (problems.any() || read.isEmpty()) {
            throw new InvalidInputException("the tier scheme cannot be saved", problems.items());
        }
        return store(read.get().scheme(), yaml, actor);
    }

    /** Stores a valid scheme as the next version of its code, unless the latest version has the same source. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SchemeVersion store(TierScheme scheme, String source, String actor) {
        Optional<SchemeVersion> latest = latestOf(scheme.code());
        if (latest.isPresent() && latest.get().getSource().equals(source)) {
            return latest.get();
        }
        SchemeVersion row = new SchemeVersion(scheme.code(), latest.map(SchemeVersion::getVersionNo).orElse(0) + 1,
                scheme.effectiveFrom(), source, actor, clock.instant());
        em.persist(row);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", row.getCode());
        after.put("version", row.getVersionNo());
        after.put("effective_from", row.getEffectiveFrom().toString());
        after.put("tiers", scheme.tiers().stream().map(t -> t.code() + "=" + t.payGrade()).toList());
        audit.record(ENTITY, row.getCode() + "#" + row.getVersionNo(), AuditAction.CREATED, "Tier scheme " + row.getCode()
                + " version " + row.getVersionNo() + " effective from " + row.getEffectiveFrom(), null, after);
        return row;
    }
}
