package org.firstshift.platform.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a company's content folder: parses every YAML file, lets each module's
 * {@link ContentSection} check its file, and writes only if nothing anywhere was wrong, in one
 * transaction. A broken file therefore loads nothing, and the answer lists every problem with its
 * file and line.
 */
@ApplicationScoped
public class ContentLoader {
    static final String COMPANY_FILE = "company.yaml";

    @Inject
    @Any
    Instance<ContentSection> sections;

    @Inject
    AuditTrail audit;

    /** The outcome of a load: which files were read. */
    public record LoadReport(String source, String company, List<String> files) {
    }

    @Transactional
    public LoadReport load(ContentSource source) {
        ContentProblems problems = new ContentProblems();
        Map<String, YamlMap> parsed = parse(source, problems);
        YamlMap company = parsed.get(COMPANY_FILE);
        if (company == null && !problems.any()) {
            problems.add(COMPANY_FILE, 1, "missing: every content folder starts with company.yaml (name, demo)");
        }
        String companyName = company == null ? "" : company.text("name");
        boolean demo = company != null && company.optionalBoolean("demo").orElse(false);
        if (company != null) {
            company.allowOnly("name", "demo", "description");
        }
        ContentContext context = new ContentContext(problems, demo, source.files());
        List<ContentSection> ordered = sections.stream()
                .sorted(Comparator.comparingInt(ContentSection::order)).toList();
        for (String file : parsed.keySet()) {
            if (!file.equals(COMPANY_FILE) && ordered.stream().noneMatch(s -> s.reads(file))) {
                problems.add(file, 1, "no module reads this file (known files: " + ordered.stream()
                        .map(ContentSection::file).toList() + ")");
            }
        }
        for (ContentSection section : ordered) {
            filesOf(section, parsed).forEach(root -> section.check(root, context));
        }
        if (problems.any()) {
            throw new InvalidInputException("The content in " + source.description()
                    + " has problems; nothing was loaded.", problems.items());
        }
        List<String> loaded = new ArrayList<>();
        for (ContentSection section : ordered) {
            for (YamlMap root : filesOf(section, parsed)) {
                section.load(root, context);
                loaded.add(root.file());
            }
        }
        audit.record("Content", companyName, AuditAction.LOADED,
                "Loaded content of " + companyName + " from " + source.description() + ": " + loaded, null, null);
        return new LoadReport(source.description(), companyName, loaded);
    }

    private static List<YamlMap> filesOf(ContentSection section, Map<String, YamlMap> parsed) {
        return parsed.entrySet().stream().filter(e -> section.reads(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static Map<String, YamlMap> parse(ContentSource source, ContentProblems problems) {
        Map<String, YamlMap> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (!(file.getKey().endsWith(".yaml") || file.getKey().endsWith(".yml"))) {
                continue;
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20); // no "billion laughs"
            options.setCodePointLimit(10 * 1024 * 1024);
            try {
                Node root = new Yaml(options).compose(new StringReader(file.getValue()));
                if (root instanceof MappingNode mapping) {
                    parsed.put(file.getKey(), new YamlMap(file.getKey(), mapping, problems));
                } else {
                    problems.add(file.getKey(), 1, "the file must be a mapping of fields at the top level");
                }
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
                problems.add(file.getKey(), line, "not valid YAML: " + e.getProblem());
            } catch (RuntimeException e) {
                problems.add(file.getKey(), 1, "not valid YAML: " + e.getMessage());
            }
        }
        return parsed;
    }

    /** Convenience for tests and pages: the problems of a failed load as one text per problem. */
    public static List<String> describe(InvalidInputException e) {
        return e.problems().stream().map(ProblemItem::describe).toList();
    }
}
