package org.firstshift.motivation.application;

import org.firstshift.motivation.domain.Condition;
import org.firstshift.motivation.domain.ConditionKind;
import org.firstshift.motivation.domain.SchemeProblem;
import org.firstshift.motivation.domain.Tier;
import org.firstshift.motivation.domain.TierScheme;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.content.YamlMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a tier scheme from YAML (the format of {@code content/<company>/tiers.yaml} and of the HR
 * editor), reporting shape problems with their line, then the scheme's own validation
 * ({@link TierScheme#problems}) at the line of the tier concerned.
 * <pre>
 * scheme: RETAIL-TIERS
 * effective_from: 2026-01-01
 * tiers:
 *   - code: TRAINEE
 *     name: {en: Trainee, ru: Стажёр}
 *     pay_grade: G1
 *   - code: CONSULTANT
 *     name: {en: Consultant, ru: Консультант}
 *     pay_grade: G2
 *     conditions:
 *       - {kind: roleplay_pass_rate, min_percent: 60, last_attempts: 10, min_attempts: 1}
 *       - {kind: certification, certification: RETAIL-SERVICE}
 *       - {kind: exam_best, exam: RETAIL-CERT-EXAM, min_percent: 80}       # or exam_latest
 *       - {kind: audit_average, min_percent: 80, last_visits: 3}          # or months: 6 (min_visits: 2)
 *       - {kind: no_critical_failures, months: 6}                         # or last_visits: 5
 *       - {kind: shadowing_plan, plan: SH-SALES}
 *       - {kind: time_in_role, min_months: 6}
 * </pre>
 */
public final class SchemeReader {

    private SchemeReader() {
    }

    /** A scheme read from YAML and the line of each tier (for validation problems). */
    public record Read(TierScheme scheme, List<Integer> tierLines, int line) {
    }

    public static Optional<Read> parse(String file, String yaml, ContentProblems problems) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            var root = new Yaml(options).compose(new StringReader(yaml == null ? "" : yaml));
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, 1, "a tier scheme must be a mapping with scheme, effective_from and tiers");
                return Optional.empty();
            }
            boolean before = problems.any();
            Read read = read(new YamlMap(file, mapping, problems));
            return problems.any() && !before ? Optional.empty() : Optional.of(read);
        } catch (MarkedYAMLException e) {
            problems.add(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    /** Validates a read scheme against the pay grades that exist, adding problems at the tiers' lines. */
    public static void validate(String file, Read read, Map<String, Integer> payGradeRanks, ContentProblems problems) {
        for (SchemeProblem p : read.scheme().problems(payGradeRanks)) {
            problems.add(file, lineOf(read, p.where()), p.message());
        }
    }

    private static int lineOf(Read read, String where) {
        if (where.startsWith("tiers[")) {
            int i = Integer.parseInt(where.substring(6, where.indexOf(']')));
            return i < read.tierLines().size() ? read.tierLines().get(i) : read.line();
        }
        return read.line();
    }

    static Read read(YamlMap root) {
        root.allowOnly("scheme", "effective_from", "tiers");
        String code = root.text("scheme");
        var from = root.date("effective_from");
        List<Tier> tiers = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<YamlMap> tierMaps = root.maps("tiers");
        if (tierMaps.isEmpty()) {
            root.problem("a scheme needs a list of tiers, lowest first");
        }
        for (YamlMap t : tierMaps) {
            t.allowOnly("code", "name", "pay_grade", "conditions");
            String en = "";
            String ru = "";
            Optional<YamlMap> name = t.optionalMap("name");
            if (name.isEmpty()) {
                t.problem("missing required field 'name' ({en: ..., ru: ...})");
            } else {
                name.get().allowOnly("en", "ru");
                en = name.get().text("en");
                ru = name.get().text("ru");
            }
            List<Condition> conditions = new ArrayList<>();
            for (YamlMap c : t.maps("conditions")) {
                condition(c).ifPresent(conditions::add);
            }
            tiers.add(new Tier(t.text("code"), en, ru, t.text("pay_grade"), conditions));
            lines.add(t.line());
        }
        return new Read(new TierScheme(code, 1, from, tiers), List.copyOf(lines), root.line());
    }

    private static Optional<Condition> condition(YamlMap c) {
        String kindName = c.text("kind");
        Optional<ConditionKind> kind = ConditionKind.byYamlName(kindName);
        if (kind.isEmpty()) {
            if (!kindName.isEmpty()) {
                c.problem("kind", "is not a condition kind: '" + kindName + "' (expected one of: "
                        + Arrays.stream(ConditionKind.values()).map(ConditionKind::yamlName).collect(Collectors.joining(", ")) + ")");
            }
            return Optional.empty();
        }
        return Optional.of(switch (kind.get()) {
            case CERTIFICATION -> {
                c.allowOnly("kind", "certification");
                yield Condition.of(ConditionKind.CERTIFICATION, c.text("certification"));
            }
            case EXAM_BEST, EXAM_LATEST -> {
                c.allowOnly("kind", "exam", "min_percent");
                yield new Condition(kind.get(), c.text("exam"), required(c, "min_percent"), 0, 0, 0);
            }
            case AUDIT_AVERAGE -> {
                c.allowOnly("kind", "min_percent", "last_visits", "months", "min_visits");
                int months = c.integer("months", 0);
                yield new Condition(ConditionKind.AUDIT_AVERAGE, null, required(c, "min_percent"), c.integer("last_visits", 0),
                        months, months > 0 ? c.integer("min_visits", 1) : 0);
            }
            case NO_CRITICAL_FAILURES -> {
                c.allowOnly("kind", "last_visits", "months");
                yield Condition.noCriticalFailures(c.integer("last_visits", 0), c.integer("months", 0));
            }
            case SHADOWING_PLAN -> {
                c.allowOnly("kind", "plan");
                yield Condition.of(ConditionKind.SHADOWING_PLAN, c.text("plan"));
            }
            case ROLEPLAY_PASS_RATE -> {
                c.allowOnly("kind", "min_percent", "last_attempts", "min_attempts");
                yield Condition.roleplayPassRate(required(c, "min_percent"), c.integer("last_attempts", 10), c.integer("min_attempts", 1));
            }
            case TIME_IN_ROLE -> {
                c.allowOnly("kind", "min_months");
                yield Condition.timeInRole(required(c, "min_months"));
            }
        });
    }

    private static int required(YamlMap c, String key) {
        if (!c.has(key)) {
            c.problem("missing required field '" + key + "'");
            return 0;
        }
        return c.integer(key, 0);
    }
}
