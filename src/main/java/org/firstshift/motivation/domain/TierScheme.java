package org.firstshift.motivation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a tier scheme: ordered tiers, lowest first, from an effective date on.
 *
 * <p><b>Valid</b> means (see {@link #problems(Map)}):</p>
 * <ol>
 *   <li>at least one tier; tier codes unique; the first tier has no conditions (everyone holds a tier);</li>
 *   <li>every tier names a pay grade that exists, and pay grade ranks rise strictly with the tiers;</li>
 *   <li>every condition can be met on its own (e.g. no {@code min_percent: 120}) and a tier has no
 *       two conditions with the same kind, code and window;</li>
 *   <li>no tier is <b>unreachable</b>. A tier T is unreachable when the next tier U asks nothing
 *       that T does not already ask, because then whoever meets T also meets U and is placed in U,
 *       so nobody is ever in T. Tiers are also cumulative: U must keep each condition of T (same
 *       kind, code and window) at least as strict, otherwise U could be met without T and the
 *       order would be meaningless. Together: for every condition c of T, U holds a condition of
 *       the same key with threshold and minimum count &ge; c's, and U has at least one condition
 *       that is new (a key T lacks) or strictly stricter.</li>
 * </ol>
 */
public record TierScheme(String code, int version, LocalDate effectiveFrom, List<Tier> tiers) {

    public TierScheme {
        tiers = List.copyOf(tiers);
    }

    public TierScheme withVersion(int newVersion, LocalDate from) {
        return new TierScheme(code, newVersion, from, tiers);
    }

    public Tier tier(int index) {
        return tiers.get(index);
    }

    public int indexOf(String tierCode) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).code().equals(tierCode)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every problem of the scheme, as "where: what" texts; empty when valid.
     *
     * @param payGradeRanks the pay grades that exist, code to rank
     */
    public List<SchemeProblem> problems(Map<String, Integer> payGradeRanks) {
        List<SchemeProblem> problems = new ArrayList<>();
        if (code == null || !code.matches("[A-Z][A-Z0-9_-]{0,39}")) {
            problems.add(new SchemeProblem("scheme", "the scheme code must be upper-case letters, digits, '_' or '-'"));
        }
        if (effectiveFrom == null) {
            problems.add(new SchemeProblem("effective_from", "the effective date is required"));
        }
        if (tiers.isEmpty()) {
            problems.add(new SchemeProblem("tiers", "a scheme needs at least one tier"));
            return problems;
        }
        if (!tiers.get(0).conditions().isEmpty()) {
            problems.add(new SchemeProblem(where(0), "the first tier must have no conditions, so that everyone holds a tier"));
        }
        Set<String> codes = new HashSet<>();
        Integer previousRank = null;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.code() == null || !t.code().matches("[A-Z][A-Z0-9_-]{0,39}")) {
                problems.add(new SchemeProblem(where(i), "the tier code must be upper-case letters, digits, '_' or '-'"));
            }
            if (!codes.add(t.code())) {
                problems.add(new SchemeProblem(where(i), "tier " + t.code() + " appears twice"));
            }
            if (t.nameEn() == null || t.nameEn().isBlank() || t.nameRu() == null || t.nameRu().isBlank()) {
                problems.add(new SchemeProblem(where(i), "the tier needs a name in English and Russian"));
            }
            Integer rank = payGradeRanks.get(t.payGrade());
            if (rank == null) {
                problems.add(new SchemeProblem(where(i), "unknown pay grade '" + t.payGrade() + "'"));
            } else {
                if (previousRank != null && rank <= previousRank) {
                    problems.add(new SchemeProblem(where(i), "pay grade " + t.payGrade()
                            + " does not rank above the pay grade of the tier before it: tiers must be ordered by pay"));
                }
                previousRank = rank;
            }
            Set<String> keys = new HashSet<>();
            for (Condition c : t.conditions()) {
                for (String p : c.problems()) {
                    problems.add(new SchemeProblem(where(i), p));
                }
                if (!keys.add(c.key())) {
                    problems.add(new SchemeProblem(where(i), "two " + c.kind().yamlName()
                            + " conditions with the same code and window"));
                }
            }
            if (i > 0) {
                problems.addAll(reachability(i));
            }
        }
        return problems;
    }

    private List<SchemeProblem> reachability(int i) {
        List<SchemeProblem> problems = new ArrayList<>();
        Tier lower = tiers.get(i - 1);
        Tier upper = tiers.get(i);
        for (Condition c : lower.conditions()) {
            var same = upper.sameAs(c);
            if (same.isEmpty()) {
                problems.add(new SchemeProblem(where(i), "tier " + upper.code() + " drops the " + c.kind().yamlName()
                        + " condition of tier " + lower.code() + ": a higher tier must keep every condition of the one below"));
            } else if (!same.get().atLeastAsStrictAs(c)) {
                problems.add(new SchemeProblem(where(i), "tier " + upper.code() + " asks less than tier " + lower.code()
                        + " in its " + c.kind().yamlName() + " condition: a higher tier must be at least as strict"));
            }
        }
        boolean asksMore = upper.conditions().stream().anyMatch(u -> {
            var was = lower.sameAs(u);
            return was.isEmpty() || u.stricterThan(was.get());
        });
        if (!asksMore) {
            problems.add(new SchemeProblem(where(i - 1), "tier " + lower.code() + " is unreachable: tier " + upper.code()
                    + " asks nothing more, so everyone who meets " + lower.code() + " is placed in " + upper.code()));
        }
        return problems;
    }

    private static String where(int i) {
        return "tiers[" + i + "]";
    }
}
