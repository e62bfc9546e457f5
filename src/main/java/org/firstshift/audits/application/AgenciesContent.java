package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.Channel;
import org.firstshift.audits.domain.ChecklistLine;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code audits/agencies/*.yaml}: one agency and the column mapping of its spreadsheets per file
 * (read after the checklists, so a mapping can name a checklist defined in the same content).
 * Every line of the checklist needs a column.
 * <pre>
 * agency: MYSTERY-PLUS
 * name: Mystery Plus
 * checklist: STORE-VISIT
 * delimiter: ";"
 * date_format: dd.MM.yyyy
 * default_channel: FLOOR
 * columns: {visit_ref: Visit ID, date: Visit date, time: Time, store: Store, employee: Staff no, channel: Contact}
 * lines: {SV-GREET: Q1 Greeting, ...}
 * answers: {yes: [Y], no: [N], na: [N/A]}
 * </pre>
 */
@ApplicationScoped
public class AgenciesContent implements ContentSection {
    static final String AGENCY = "audit_agency";

    @Inject
    Agencies agencies;

    @Inject
    Checklists checklists;

    @Override
    public String file() {
        return ChecklistsContent.AGENCIES;
    }

    @Override
    public int order() {
        return 71;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("agency", "name", "checklist", "delimiter", "date_format", "default_channel", "columns", "lines", "answers");
        String code = root.text("agency");
        if (!code.isEmpty() && !code.matches(AuditChecklist.CODE_PATTERN)) {
            root.problem("agency", "'" + code + "' must be upper-case letters, digits, '_' or '-'");
        } else if (!code.isEmpty() && !context.declare(AGENCY, code)) {
            root.problem("agency", "agency '" + code + "' is defined in two files");
        }
        root.text("name");
        String checklist = root.text("checklist");
        boolean declared = context.isDeclared(ChecklistsContent.CHECKLIST, checklist);
        Optional<AuditChecklist> stored = checklists.latestPublished(checklist);
        if (!checklist.isEmpty() && !declared && stored.isEmpty()) {
            root.problem("checklist", "unknown checklist '" + checklist + "'");
        }
        if (root.optionalText("delimiter").filter(d -> d.length() != 1).isPresent()) {
            root.problem("delimiter", "must be one character");
        }
        String format = root.optionalText("date_format").orElse("yyyy-MM-dd");
        try {
            java.time.format.DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
            root.problem("date_format", "'" + format + "' is not a date pattern");
        }
        channel(root);
        Optional<YamlMap> columns = root.optionalMap("columns");
        if (columns.isEmpty()) {
            root.problem("missing required field 'columns'");
        } else {
            columns.get().allowOnly("visit_ref", "date", "time", "store", "employee", "channel");
            for (String required : new String[]{"visit_ref", "date", "store", "employee"}) {
                columns.get().text(required);
            }
        }
        Optional<YamlMap> lines = root.optionalMap("lines");
        if (lines.isEmpty()) {
            root.problem("missing required field 'lines' (checklist line: column)");
        } else {
            Set<String> mapped = lines.get().keys();
            for (String line : mapped) {
                boolean known = declared ? context.isDeclared(ChecklistsContent.LINE, checklist + "/" + line)
                        : stored.flatMap(c -> c.line(line)).isPresent();
                if (!known) {
                    lines.get().problem(line, "line '" + line + "' is not on checklist " + checklist);
                }
            }
            if (!declared) {
                stored.ifPresent(c -> c.getLines().stream().map(ChecklistLine::getCode).filter(l -> !mapped.contains(l))
                        .forEach(l -> lines.get().problem("no column for checklist line " + l)));
            }
        }
        root.optionalMap("answers").ifPresent(a -> a.allowOnly("yes", "no", "na"));
    }

    private static Channel channel(YamlMap root) {
        String text = root.optionalText("default_channel").orElse("FLOOR");
        try {
            return Channel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            root.problem("default_channel", "must be FLOOR or PHONE");
            return Channel.FLOOR;
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        YamlMap columns = root.optionalMap("columns").orElseThrow();
        YamlMap lineMap = root.optionalMap("lines").orElseThrow();
        Map<String, String> lines = new LinkedHashMap<>();
        lineMap.keys().forEach(k -> lines.put(k, lineMap.text(k)));
        Optional<YamlMap> answers = root.optionalMap("answers");
        AgencyMapping mapping = new AgencyMapping(root.text("checklist"), root.optionalText("delimiter").orElse(",").charAt(0),
                root.optionalText("date_format").orElse("yyyy-MM-dd"), columns.text("visit_ref"), columns.text("date"),
                columns.optionalText("time").orElse(null), columns.text("store"), columns.text("employee"),
                columns.optionalText("channel").orElse(null), channel(root), lines,
                words(answers, "yes"), words(answers, "no"), words(answers, "na"));
        agencies.save(root.text("agency"), root.text("name"), mapping);
    }

    private static Set<String> words(Optional<YamlMap> answers, String key) {
        return answers.map(a -> (Set<String>) new LinkedHashSet<>(a.texts(key))).orElse(Set.of());
    }
}
