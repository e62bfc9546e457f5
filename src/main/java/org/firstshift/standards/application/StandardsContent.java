package org.firstshift.standards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.OrganisationContent;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleDraft;
import org.firstshift.standards.domain.RuleKind;
import org.firstshift.standards.domain.RulePhrase;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardDiff;
import org.firstshift.standards.domain.StandardVersion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code standards/*.yaml}: one standard per file with its sections and rules. Loading a file whose
 * rules differ from the published version publishes a new version (which assigns refreshers);
 * loading the same content again changes nothing.
 */
@ApplicationScoped
public class StandardsContent implements ContentSection {
    /** Declared keys: "rule" (rule ids) and "standard" (standard ids), for later content files. */
    public static final String RULE = "rule";
    public static final String STANDARD = "standard";

    @Inject
    Standards standards;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Organisation organisation;

    @Override
    public String file() {
        return "standards/";
    }

    @Override
    public int order() {
        return 30;
    }

    /** Reads {@code {en: ..., ru: ...}} or a plain string (English for both). */
    public static LocalizedText text(YamlMap map, String key, boolean required) {
        Optional<YamlMap> nested = map.optionalMap(key);
        if (nested.isPresent()) {
            nested.get().allowOnly("en", "ru");
            String en = nested.get().text("en");
            return en.isEmpty() ? null : new LocalizedText(en, nested.get().optionalText("ru").orElse(en));
        }
        Optional<String> plain = required ? Optional.of(map.text(key)).filter(t -> !t.isEmpty()) : map.optionalText(key);
        return plain.map(t -> new LocalizedText(t, t)).orElse(null);
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("id", "title", "summary", "version", "status", "sections");
        String id = root.text("id");
        if (!id.isEmpty() && !context.declare(STANDARD, id)) {
            root.problem("id", "standard '" + id + "' is defined in two files");
        }
        text(root, "title", true);
        root.optionalText("status").filter(s -> !s.equals("published") && !s.equals("draft"))
                .ifPresent(s -> root.problem("status", "must be published or draft, not '" + s + "'"));
        List<YamlMap> sections = root.maps("sections");
        if (sections.isEmpty()) {
            root.problem("a standard needs at least one section with rules");
        }
        List<String> sectionCodes = new ArrayList<>();
        for (YamlMap section : sections) {
            section.allowOnly("id", "title", "summary", "rules");
            String code = section.text("id");
            if (sectionCodes.contains(code)) {
                section.problem("id", "section '" + code + "' appears twice");
            }
            sectionCodes.add(code);
            text(section, "title", true);
            for (YamlMap rule : section.maps("rules")) {
                checkRule(rule, context);
            }
        }
    }

    private void checkRule(YamlMap rule, ContentContext context) {
        rule.allowOnly("id", "kind", "statement", "positions", "do", "dont");
        String id = rule.text("id");
        if (!id.isEmpty()) {
            if (!Rule.isValidId(id)) {
                rule.problem("id", "'" + id + "' is not a rule id (like GREET-01)");
            } else if (!context.declare(RULE, id)) {
                rule.problem("id", "rule id '" + id + "' is used twice");
            }
        }
        String kind = rule.text("kind");
        if (!kind.isEmpty() && kind(kind) == null) {
            rule.problem("kind", "must be hard, recommended or forbidden, not '" + kind + "'");
        }
        text(rule, "statement", true);
        for (String p : rule.texts("positions")) {
            if (!context.isDeclared(OrganisationContent.POSITION, p) && organisation.position(p).isEmpty()) {
                rule.problem("positions", "unknown position '" + p + "'");
            }
        }
        rule.maps("do").forEach(m -> m.allowOnly("en", "ru"));
        rule.maps("dont").forEach(m -> m.allowOnly("en", "ru"));
    }

    static RuleKind kind(String text) {
        try {
            return RuleKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        String code = root.text("id");
        LocalizedText title = text(root, "title", true);
        ServiceStandard standard = standards.byCode(code).orElseGet(() -> standards.create(code, title));
        standard.rename(title);
        StandardVersion draft = standard.startEmptyDraft(text(root, "summary", false), clock.instant());
        for (YamlMap s : root.maps("sections")) {
            var section = draft.addSection(s.text("id"), text(s, "title", true), text(s, "summary", false));
            for (YamlMap r : s.maps("rules")) {
                List<RulePhrase> phrases = new ArrayList<>();
                r.maps("do").forEach(p -> phrases.add(new RulePhrase(RulePhrase.Kind.DO, p.text("en"), p.optionalText("ru").orElse(null))));
                r.maps("dont").forEach(p -> phrases.add(new RulePhrase(RulePhrase.Kind.DONT, p.text("en"), p.optionalText("ru").orElse(null))));
                section.addRule(new RuleDraft(r.text("id"), kind(r.text("kind")), text(r, "statement", true),
                        r.texts("positions"), phrases));
            }
        }
        boolean wantsPublished = !"draft".equals(root.optionalText("status").orElse("published"));
        Optional<StandardVersion> current = standard.published();
        StandardDiff diff = StandardDiff.between(current.orElse(null), draft);
        if (current.isPresent() && diff.isEmpty()) {
            standard.discardDraft(); // same content as published: nothing to do
            return;
        }
        if (current.isEmpty()) {
            em.persist(standard);
        }
        em.flush();
        if (wantsPublished) {
            standards.publish(code);
        }
    }
}
