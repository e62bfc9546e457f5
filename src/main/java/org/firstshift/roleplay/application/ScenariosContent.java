package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.application.StandardsContent;

/**
 * {@code roleplay/*.yaml}: one scenario per file. Checked as a graph (no dead ends, every node
 * reachable, every path ends, rule ids exist) before anything loads.
 */
@ApplicationScoped
public class ScenariosContent implements ContentSection {
    public static final String SCENARIO = "scenario";

    @Inject
    Scenarios scenarios;

    @Inject
    Standards standards;

    @Override
    public String file() {
        return "roleplay/";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        ScenarioGraph graph = ScenarioReader.read(root);
        if (context.problems().any()) {
            return; // shape problems first; the graph check needs a well-formed scenario
        }
        if (!context.declare(SCENARIO, graph.id())) {
            root.problem("id", "scenario '" + graph.id() + "' is defined twice");
        }
        graph.problems(rule -> context.isDeclared(StandardsContent.RULE, rule) || standards.isPublishedRule(rule))
                .forEach(root::problem);
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        scenarios.save(ScenarioReader.read(root), context.sourceOf(root.file()));
    }
}
