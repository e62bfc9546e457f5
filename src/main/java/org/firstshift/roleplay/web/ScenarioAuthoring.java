package org.firstshift.roleplay.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.roleplay.application.RoleplayAnalytics;
import org.firstshift.roleplay.application.Scenarios;
import org.firstshift.roleplay.domain.Node;
import org.firstshift.roleplay.domain.Scenario;
import org.firstshift.roleplay.domain.ScenarioGraph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Authors' view of a scenario: check a scenario's YAML (every problem listed), see its graph as a
 * list of nodes and where each leads, and the per-choice analytics of everyone who played it.
 */
@Named
@ViewScoped
public class ScenarioAuthoring implements Serializable {

    @Inject
    Scenarios scenarios;

    @Inject
    RoleplayAnalytics analytics;

    @Inject
    LanguageChoice language;

    private String code;
    private String yaml;
    private List<ProblemItem> problems = List.of();
    private transient ScenarioGraph checked;

    public record Edge(String label, String target) {
    }

    public record NodeRow(String id, String type, String text, List<Edge> edges) {
    }

    public void open() {
        if (code != null && yaml == null) {
            scenarios.byCode(code).ifPresent(s -> yaml = s.getSource());
        }
    }

    public void check() {
        problems = List.of();
        checked = null;
        try {
            checked = scenarios.parseValid("scenario.yaml", yaml == null ? "" : yaml);
            FacesMessages.info("✓ " + checked.id() + ": " + checked.nodes().size() + " nodes, best score " + checked.maxScore());
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
    }

    public List<Scenario> getAll() {
        return scenarios.all();
    }

    /** The graph of the checked text, or of the stored scenario. */
    public List<NodeRow> getGraph() {
        ScenarioGraph g = checked;
        if (g == null && code != null) {
            g = scenarios.byCode(code).map(scenarios::graph).orElse(null);
        }
        if (g == null) {
            return List.of();
        }
        List<NodeRow> rows = new ArrayList<>();
        var locale = language.getLocale();
        for (Node n : g.nodes().values()) {
            List<Edge> edges = new ArrayList<>();
            if (n.next() != null) {
                edges.add(new Edge("→", n.next()));
            }
            n.responses().forEach(r -> edges.add(new Edge(r.id() + " (" + (r.score() > 0 ? "+" : "") + r.score() + ")", r.next())));
            n.branches().forEach(b -> edges.add(new Edge(b.isDefault() ? "else" : ("score ≥ " + b.minScore()
                    + (b.chose() == null ? "" : ", chose " + b.chose())).replace("score ≥ null, ", ""), b.next())));
            String text = n.text() != null ? n.text().in(locale) : n.prompt() != null ? n.prompt().in(locale) : "";
            rows.add(new NodeRow(n.id(), n.type().name().toLowerCase() + (n.outcome() == null ? "" : ": " + n.outcome().name().toLowerCase()),
                    text, edges));
        }
        return rows;
    }

    public List<RoleplayAnalytics.NodeStats> getStats() {
        return code == null || scenarios.byCode(code).isEmpty() ? List.of() : analytics.perNode(code, language.getLocale());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getYaml() { return yaml; }
    public void setYaml(String yaml) { this.yaml = yaml; }
    public List<ProblemItem> getProblems() { return problems; }
}
