package org.firstshift.motivation.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Turns an {@link Evaluation} into short sentences in the employee's language: the tier and pay
 * grade with the facts that earned it, then what the next tier needs with the value now, the
 * rules missed most in audits and lessons that teach them. No formulas: every number is one the
 * employee can recognise (a score, a count of visits, a date). Wording comes from the
 * {@code i18n/motivation} bundle; the grammar the bundle cannot carry (plural forms, "a"/"an")
 * is chosen here.
 */
public final class Explainer {
    /** How many missed rules the explanation names at most. */
    static final int TOP_RULES = 3;

    /** What the explainer needs from other modules: rule titles and lessons teaching a rule. */
    public interface Lookups {
        String ruleTitle(String ruleId);

        List<String> lessonsFor(String ruleId);

        Lookups CODES_ONLY = new Lookups() {
            @Override
            public String ruleTitle(String ruleId) {
                return ruleId;
            }

            @Override
            public List<String> lessonsFor(String ruleId) {
                return List.of();
            }
        };
    }

    /** One condition in words: what it asks, what the employee has, and whether that is enough. */
    public record Line(ConditionKind kind, String subject, boolean met, String requirement, String fact, Integer value) {
    }

    /** The explanation: the text, the held tier's conditions, the next tier's, and the next steps. */
    public record Text(String text, List<Line> held, List<Line> next, List<String> missedRules, List<String> lessons) {
    }

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Lookups lookups;

    public Explainer(Locale locale, Lookups lookups) {
        this.locale = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("i18n.motivation", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.lookups = lookups;
    }

    public Locale locale() {
        return locale;
    }

    public Text explain(Evaluation e) {
        List<String> sentences = new ArrayList<>();
        Tier tier = e.tier();
        List<Line> held = e.held().stream().map(c -> line(c, e.day())).toList();
        if (held.isEmpty()) {
            sentences.add(fmt("explain.start", article(tier.name(locale)), tier.payGrade()));
        } else {
            sentences.add(fmt("explain.because", article(tier.name(locale)), tier.payGrade(),
                    join(held.stream().map(Line::fact).toList())));
        }
        List<Line> next = e.nextChecks().stream().map(c -> line(c, e.day())).toList();
        List<String> missedRules = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        if (e.next().isEmpty()) {
            sentences.add(fmt("explain.top"));
        } else {
            Tier up = e.next().get();
            boolean first = true;
            for (ConditionCheck c : e.missing()) {
                Line l = line(c, e.day());
                sentences.add(first ? fmt("explain.toBecome", article(up.name(locale)), up.payGrade(), l.requirement(), l.fact())
                        : fmt("explain.also", l.requirement(), l.fact()));
                first = false;
            }
            Set<String> ruleIds = new LinkedHashSet<>();
            for (ConditionCheck c : e.missing()) {
                if (c.condition().kind() == ConditionKind.AUDIT_AVERAGE) {
                    c.missed().stream().limit(TOP_RULES).forEach(m -> {
                        if (ruleIds.add(m.ruleId())) {
                            missedRules.add(fmt("explain.ruleMissed", lookups.ruleTitle(m.ruleId()),
                                    fmt("ofVisits." + Plurals.category(m.of(), locale), m.visits(), m.of())));
                        }
                    });
                }
            }
            if (!missedRules.isEmpty()) {
                sentences.add(fmt(missedRules.size() == 1 ? "explain.missedRule" : "explain.missedRules", join(missedRules)));
                Set<String> seen = new LinkedHashSet<>();
                ruleIds.forEach(id -> seen.addAll(lookups.lessonsFor(id)));
                lessons.addAll(seen);
                if (!lessons.isEmpty()) {
                    sentences.add(fmt("explain.lessons", String.join("; ", lessons)));
                }
            }
        }
        return new Text(String.join(" ", sentences), held, next, List.copyOf(missedRules), List.copyOf(lessons));
    }

    /** "If your next audit is 95%, you would reach Expert." for a what-if result. */
    public String whatIfAudit(int percent, Evaluation now, Evaluation then) {
        if (then.tierIndex() > now.tierIndex()) {
            return fmt("whatIf.audit.up", percent, then.tier().name(locale), then.tier().payGrade());
        }
        if (then.tierIndex() < now.tierIndex()) {
            return fmt("whatIf.audit.down", percent, then.tier().name(locale));
        }
        return fmt("whatIf.audit.same", percent, then.tier().name(locale));
    }

    public Line line(ConditionCheck c, LocalDate today) {
        return new Line(c.condition().kind(), c.condition().subject(), c.met(), requirement(c.condition()), fact(c, today), c.percent());
    }

    /** What a condition asks, as a noun phrase ("an average of at least 90% over your last 3 audits"). */
    public String requirement(Condition c) {
        return switch (c.kind()) {
            case CERTIFICATION -> fmt("req.certification", c.subject());
            case EXAM_BEST -> fmt("req.examBest", c.subject(), c.threshold());
            case EXAM_LATEST -> fmt("req.examLatest", c.subject(), c.threshold());
            case AUDIT_AVERAGE -> fmt("req.auditAverage", c.threshold(), window(c));
            case NO_CRITICAL_FAILURES -> fmt("req.noCritical", window(c));
            case SHADOWING_PLAN -> fmt("req.shadowing", c.subject());
            case ROLEPLAY_PASS_RATE -> fmt("req.roleplay", c.threshold(), plural("lastAttempts", c.lastN()));
            case TIME_IN_ROLE -> fmt("req.timeInRole", plural("months", c.threshold()));
        };
    }

    /** What the employee has for a condition, as a clause ("your last 3 audits average 86%"). */
    public String fact(ConditionCheck check, LocalDate today) {
        Condition c = check.condition();
        return switch (c.kind()) {
            case CERTIFICATION -> check.met()
                    ? (check.date() == null ? fmt("fact.certification.noExpiry", c.subject())
                    : fmt("fact.certification.until", c.subject(), date(check.date(), today)))
                    : (check.date() == null ? fmt("fact.certification.none", c.subject())
                    : fmt("fact.certification.lapsed", c.subject(), date(check.date(), today)));
            case EXAM_BEST -> check.value() == null ? fmt("fact.exam.none", c.subject())
                    : fmt("fact.examBest", c.subject(), check.percent());
            case EXAM_LATEST -> check.value() == null ? fmt("fact.exam.none", c.subject())
                    : fmt("fact.examLatest", c.subject(), check.percent());
            case AUDIT_AVERAGE -> {
                if (check.count() == 0) {
                    yield fmt("fact.audit.none");
                }
                String average = fmt("fact.audit.average", auditsIn(c), check.percent());
                yield check.count() < check.of()
                        ? average + fmt("fact.audit.tooFew", plural("audits", check.count()), check.of())
                        : average;
            }
            case NO_CRITICAL_FAILURES -> check.count() == 0 ? fmt("fact.critical.none", auditsIn(c))
                    : fmt("fact.critical.some", auditsIn(c), plural("criticalFailures", check.count()));
            case SHADOWING_PLAN -> check.met() ? fmt("fact.shadowing.done", c.subject(), date(check.date(), today))
                    : fmt("fact.shadowing.notYet", c.subject());
            case ROLEPLAY_PASS_RATE -> check.of() == 0 ? fmt("fact.roleplay.none")
                    : fmt("fact.roleplay", check.count(), plural("ofRoleplays", check.of()), check.percent());
            case TIME_IN_ROLE -> check.date() == null ? fmt("fact.timeInRole.unknown")
                    : fmt("fact.timeInRole", plural("months", check.count()), date(check.date(), today));
        };
    }

    private String window(Condition c) {
        return c.lastN() > 0 ? plural("window.visits", c.lastN()) : plural("window.months", c.months());
    }

    /** The audits of a window as the subject of a fact ("your last 3 audits", "your audits of the last 6 months"). */
    private String auditsIn(Condition c) {
        return c.lastN() > 0 ? plural("auditsIn.visits", c.lastN()) : plural("auditsIn.months", c.months());
    }

    /** {@code key.one/few/many} with the number as {0}. */
    private String plural(String key, long n) {
        return fmt(key + "." + Plurals.category(n, locale), n);
    }

    /** "12 May", or "12 May 2027" when not this year; Russian months in the genitive ("12 мая"). */
    public String date(LocalDate d, LocalDate today) {
        String pattern = d.getYear() == today.getYear() ? "d MMMM" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(d);
    }

    /** English needs "a"/"an" before a tier name; Russian phrases quote the name instead. */
    private String article(String name) {
        if (!"en".equals(locale.getLanguage())) {
            return name;
        }
        return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + fmt("explain.and") + parts.get(parts.size() - 1);
    }

    private String fmt(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(texts);
    }

    /** Texts of the bundle for callers outside the explanation (labels of the kinds). */
    public String kindLabel(ConditionKind kind) {
        return fmt("kind." + kind.yamlName());
    }

}
