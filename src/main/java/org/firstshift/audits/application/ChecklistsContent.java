package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.LineDraft;
import org.firstshift.audits.domain.Scale;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.application.StandardsContent;
import org.firstshift.standards.domain.ServiceStandard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code audits/*.yaml} (not {@code audits/agencies/}): one audit checklist per file, its rule
 * ids checked against the named standard. Loading publishes a new version only when the file
 * says something different from the newest published version, so re-loading is a no-op.
 * <pre>
 * checklist: STORE-VISIT
 * standard: RETAIL
 * title: {en: ..., ru: ...}
 * lines:
 *   - {id: SV-GREET, title: {en: ..., ru: ...}, rules: [GREET-01], weight: 2, critical: false, scale: yes_no, na: false}
 * </pre>
 */
@ApplicationScoped
public class ChecklistsContent implements ContentSection {
    public static final String CHECKLIST = "audit_checklist";
    public static final String LINE = "audit_checklist_line";
    static final String AGENCIES = "audits/agencies/";

    @Inject
    Checklists checklists;

    @Inject
    Standards standards;

    @Override
    public String file() {
        return "audits/";
    }

    @Override
    public boolean reads(String path) {
        return path.startsWith(file()) && !path.startsWith(AGENCIES);
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("checklist", "standard", "title", "lines");
        String code = root.text("checklist");
        if (!code.isEmpty() && !code.matches(AuditChecklist.CODE_PATTERN)) {
            root.problem("checklist", "'" + code + "' must be upper-case letters, digits, '_' or '-'");
        } else if (!code.isEmpty() && !context.declare(CHECKLIST, code)) {
            root.problem("checklist", "checklist '" + code + "' is defined in two files");
        }
        String standard = root.text("standard");
        Optional<ServiceStandard> stored = standard.isEmpty() ? Optional.empty() : standards.byCode(standard);
        boolean declared = context.isDeclared(StandardsContent.STANDARD, standard);
        if (!standard.isEmpty() && !declared && stored.flatMap(ServiceStandard::published).isEmpty()) {
            root.problem("standard", "unknown standard '" + standard + "' (or it has no published version)");
        }
        StandardsContent.text(root, "title", true);
        List<YamlMap> lines = root.maps("lines");
        if (lines.isEmpty()) {
            root.problem("a checklist needs at least one line ('lines')");
        }
        for (YamlMap line : lines) {
            line.allowOnly("id", "title", "rules", "weight", "critical", "scale", "na");
            String id = line.text("id");
            if (!id.isEmpty() && !id.matches(AuditChecklist.CODE_PATTERN)) {
                line.problem("id", "'" + id + "' must be upper-case letters, digits, '_' or '-'");
            } else if (!id.isEmpty() && !context.declare(LINE, code + "/" + id)) {
                line.problem("id", "line '" + id + "' appears twice");
            }
            StandardsContent.text(line, "title", true);
            List<String> rules = line.texts("rules");
            if (rules.isEmpty()) {
                line.problem("a line must name the rule ids it checks ('rules')");
            }
            for (String rule : rules) {
                boolean known = declared ? context.isDeclared(StandardsContent.RULE, rule)
                        : stored.flatMap(ServiceStandard::published).flatMap(v -> v.rule(rule)).isPresent();
                if (!known) {
                    line.problem("rules", "rule id '" + rule + "' is not in standard " + standard);
                }
            }
            line.optionalInt("weight").filter(w -> w < 1 || w > LineDraft.MAX_WEIGHT)
                    .ifPresent(w -> line.problem("weight", "must be 1 to " + LineDraft.MAX_WEIGHT + ", not " + w));
            if (!line.has("weight")) {
                line.problem("missing required field 'weight' (1 to " + LineDraft.MAX_WEIGHT + ")");
            }
            scale(line);
        }
    }

    static Scale scale(YamlMap line) {
        String text = line.optionalText("scale").orElse("yes_no");
        try {
            return Scale.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            line.problem("scale", "'" + text + "' is not a scale (yes_no or zero_two)");
            return Scale.YES_NO;
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        String code = root.text("checklist");
        LocalizedText title = StandardsContent.text(root, "title", true);
        List<LineDraft> lines = new ArrayList<>();
        for (YamlMap l : root.maps("lines")) {
            lines.add(new LineDraft(l.text("id"), StandardsContent.text(l, "title", true), l.texts("rules"), l.integer("weight", 1),
                    l.optionalBoolean("critical").orElse(false), scale(l), l.optionalBoolean("na").orElse(false)));
        }
        Optional<AuditChecklist> latest = checklists.latestPublished(code);
        if (latest.isPresent() && latest.get().says(title, lines) && checklists.draft(code).isEmpty()) {
            return;
        }
        checklists.saveDraft(code, root.text("standard"), title, lines);
        checklists.publish(code);
    }
}
