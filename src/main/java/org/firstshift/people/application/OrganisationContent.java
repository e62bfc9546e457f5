package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.domain.Codes;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;

/**
 * {@code organisation.yaml}: pay grades, positions and locations, each keyed by a code.
 * <pre>
 * pay_grades: [{code: G1, name: {en: ..., ru: ...}, rank: 1}]
 * positions:  [{code: SALES_CONSULTANT, name: {en: ..., ru: ...}}]
 * locations:  [{code: STORE-CENTRAL, name: {en: ..., ru: ...}, city: ...}]
 * </pre>
 */
@ApplicationScoped
public class OrganisationContent implements ContentSection {
    public static final String POSITION = "position";
    public static final String LOCATION = "location";
    public static final String PAY_GRADE = "pay_grade";

    @Inject
    Organisation organisation;

    @Override
    public String file() {
        return "organisation.yaml";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("pay_grades", "positions", "locations");
        for (YamlMap g : root.maps("pay_grades")) {
            g.allowOnly("code", "name", "rank");
            declare(g, PAY_GRADE, context);
            name(g);
            if (g.optionalInt("rank").isEmpty() && !g.has("rank")) {
                g.problem("missing required field 'rank'");
            }
        }
        for (YamlMap p : root.maps("positions")) {
            p.allowOnly("code", "name");
            declare(p, POSITION, context);
            name(p);
        }
        for (YamlMap l : root.maps("locations")) {
            l.allowOnly("code", "name", "city");
            declare(l, LOCATION, context);
            name(l);
        }
    }

    private static void declare(YamlMap entry, String kind, ContentContext context) {
        String code = entry.text("code");
        if (code.isEmpty()) {
            return;
        }
        if (!Codes.isValid(code)) {
            entry.problem("code", "'" + code + "' is not a valid code (upper-case letters, digits, '_' or '-')");
        } else if (!context.declare(kind, code)) {
            entry.problem("code", "'" + code + "' is declared twice");
        }
    }

    /** Reads {@code name: {en, ru}} (or a plain English name). */
    static LocalizedText name(YamlMap entry) {
        if (entry.optionalMap("name").isPresent()) {
            YamlMap name = entry.optionalMap("name").get();
            name.allowOnly("en", "ru");
            String en = name.text("en");
            return en.isEmpty() ? null : new LocalizedText(en, name.optionalText("ru").orElse(en));
        }
        String en = entry.text("name");
        return en.isEmpty() ? null : new LocalizedText(en, en);
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        for (YamlMap g : root.maps("pay_grades")) {
            organisation.savePayGrade(g.text("code"), name(g), g.integer("rank", 0));
        }
        for (YamlMap p : root.maps("positions")) {
            organisation.savePosition(p.text("code"), name(p));
        }
        for (YamlMap l : root.maps("locations")) {
            organisation.saveLocation(l.text("code"), name(l), l.optionalText("city").orElse(null));
        }
    }
}
