package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationTerms;
import org.firstshift.people.application.People;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.application.StandardsContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code certifications.yaml}: the certifications the company grants and, optionally, cycles held
 * before FirstShift. A held cycle's start may be relative to the day of loading
 * ({@code granted_days_ago}) so the demo always has one about to expire. Re-loading updates
 * certifications in place and never imports a held cycle twice.
 * <pre>
 * certifications:
 *   - code: RETAIL-SERVICE
 *     name: {en: ..., ru: ...}
 *     description: {en: ..., ru: ...}
 *     validity_months: 12
 *     recertification_window_days: 60
 *     reminder_days: [30, 7]
 * held:
 *   - {employee: NW-1002, certification: RETAIL-SERVICE, granted_on: 2025-01-20}
 *   - {employee: NW-1008, certification: RETAIL-SERVICE, granted_days_ago: 400}
 * </pre>
 */
@ApplicationScoped
public class CertificationContent implements ContentSection {
    /** The kind other sections may check certification codes against. */
    public static final String CERTIFICATION = "certification";
    static final String EMPLOYEE = "employee";

    @Inject
    Certifications certifications;

    @Inject
    CertificationGrants grants;

    @Inject
    People people;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    public String file() {
        return "certifications.yaml";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("certifications", "held");
        for (YamlMap c : root.maps("certifications")) {
            c.allowOnly("code", "name", "description", "validity_months", "recertification_window_days", "reminder_days");
            String code = c.text("code");
            if (!code.isEmpty() && !code.matches(Certification.CODE_PATTERN)) {
                c.problem("code", "'" + code + "' must be upper-case letters, digits, '_' or '-'");
            } else if (!code.isEmpty() && !context.declare(CERTIFICATION, code)) {
                c.problem("code", "certification '" + code + "' is defined twice");
            }
            StandardsContent.text(c, "name", true);
            StandardsContent.text(c, "description", false);
            terms(c);
        }
        for (YamlMap h : root.maps("held")) {
            h.allowOnly("employee", "certification", "granted_on", "granted_days_ago");
            String number = h.text("employee");
            if (!number.isEmpty() && !context.isDeclared(EMPLOYEE, number) && people.byPersonnelNumber(number).isEmpty()) {
                h.problem("employee", "unknown employee '" + number + "'");
            }
            String code = h.text("certification");
            if (!code.isEmpty() && !context.isDeclared(CERTIFICATION, code) && certifications.byCode(code).isEmpty()) {
                h.problem("certification", "unknown certification '" + code + "'");
            }
            LocalDate on = grantedOn(h);
            if (on != null && on.isAfter(LocalDate.now(clock))) {
                h.problem("granted_on", "a held certification cannot be granted in the future (" + on + ")");
            }
        }
    }

    /** The date rules of one certification entry, reporting every problem on its line. */
    static CertificationTerms terms(YamlMap c) {
        Optional<Integer> months = c.optionalInt("validity_months");
        if (months.isEmpty() && !c.has("validity_months")) {
            c.problem("missing required field 'validity_months' (how long a cycle is valid)");
        }
        int window = c.integer("recertification_window_days", 0);
        List<Integer> reminders = new ArrayList<>();
        for (String d : c.texts("reminder_days")) {
            try {
                reminders.add(Integer.parseInt(d));
            } catch (NumberFormatException e) {
                c.problem("reminder_days", "'" + d + "' is not a number of days");
            }
        }
        if (months.isEmpty()) {
            return null;
        }
        try {
            return new CertificationTerms(months.get(), window, reminders);
        } catch (IllegalArgumentException e) {
            c.problem(e.getMessage());
            return null;
        }
    }

    private LocalDate grantedOn(YamlMap h) {
        if (h.has("granted_days_ago")) {
            return LocalDate.now(clock).minusDays(h.integer("granted_days_ago", 0));
        }
        return h.date("granted_on");
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        for (YamlMap c : root.maps("certifications")) {
            String code = c.text("code");
            LocalizedText name = StandardsContent.text(c, "name", true);
            LocalizedText description = StandardsContent.text(c, "description", false);
            CertificationTerms terms = terms(c);
            Optional<Certification> existing = certifications.byCode(code);
            if (existing.isPresent()) {
                existing.get().describe(name, description, terms);
            } else {
                em.persist(new Certification(code, name, description, terms));
            }
        }
        em.flush();
        for (YamlMap h : root.maps("held")) {
            long employee = people.byPersonnelNumber(h.text("employee")).orElseThrow().getId();
            Certification certification = certifications.byCode(h.text("certification")).orElseThrow();
            grants.importHeld(employee, certification, grantedOn(h));
        }
    }
}
