package org.firstshift.motivation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.application.OrganisationContent;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tiers.yaml}: the company's tier scheme (format in {@link SchemeReader}). Checked in full
 * before anything is written, pay grades against {@code organisation.yaml} of the same folder
 * (and those already stored). Loading stores a new version only when the text changed, so
 * reloading the same folder is a no-op and an HR edit made in the UI is not overwritten by an
 * unchanged file.
 */
@ApplicationScoped
public class TiersContent implements ContentSection {
    static final String FILE = "tiers.yaml";

    @Inject
    TierSchemes schemes;

    @Override
    public String file() {
        return FILE;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        ContentProblems problems = context.problems();
        int before = problems.items().size();
        SchemeReader.Read read = SchemeReader.read(root);
        if (problems.items().size() == before) {
            Map<String, Integer> ranks = ranks(context);
            SchemeReader.validate(FILE, read, ranks, problems);
        }
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        SchemeReader.Read read = SchemeReader.read(root);
        String source = context.sourceOf(FILE);
        schemes.store(read.scheme(), source.isEmpty() ? root.toString() : source, AuditTrail.SYSTEM);
    }

    /** Pay grade ranks: those stored, overridden by the organisation.yaml being loaded with them. */
    private Map<String, Integer> ranks(ContentContext context) {
        Map<String, Integer> ranks = new HashMap<>(schemes.payGradeRanks());
        String organisation = context.sourceOf("organisation.yaml");
        if (!organisation.isBlank()) {
            try {
                Object doc = new Yaml(new LoaderOptions()).load(organisation);
                if (doc instanceof Map<?, ?> map && map.get("pay_grades") instanceof List<?> grades) {
                    for (Object g : grades) {
                        if (g instanceof Map<?, ?> grade && grade.get("code") != null && grade.get("rank") instanceof Integer rank) {
                            ranks.put(String.valueOf(grade.get("code")), rank);
                        }
                    }
                }
            } catch (RuntimeException unreadable) {
                // organisation.yaml reports its own problems; ranks then come from the database only
            }
        }
        for (String code : List.copyOf(ranks.keySet())) {
            if (!context.isDeclared(OrganisationContent.PAY_GRADE, code) && !schemes.payGradeRanks().containsKey(code)) {
                ranks.remove(code);
            }
        }
        return ranks;
    }
}
