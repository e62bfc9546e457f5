package org.firstshift.roleplay.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.content.ContentProblems;
import org.firstshift.roleplay.domain.Scenario;
import org.firstshift.roleplay.domain.ScenarioGraph;
import org.firstshift.standards.application.Standards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored scenarios and their parsed graphs. Graphs are parsed once per revision and cached, so a
 * whole store starting role-plays at once does not re-parse YAML per request.
 */
@ApplicationScoped
public class Scenarios {

    @PersistenceContext
    EntityManager em;

    @Inject
    Standards standards;

    private final Map<String, ScenarioGraph> graphs = new ConcurrentHashMap<>();

    public List<Scenario> all() {
        return em.createNamedQuery("Scenario.all", Scenario.class).getResultList();
    }

    public Optional<Scenario> byCode(String code) {
        return em.createNamedQuery("Scenario.findByCode", Scenario.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Scenario get(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no scenario '" + code + "'"));
    }

    public ScenarioGraph graph(Scenario s) {
        return graphs.computeIfAbsent(s.getCode() + "@" + s.getRevision() + "#" + s.getSource().hashCode(),
                key -> parseValid(s.getCode() + ".yaml", s.getSource()));
    }

    /** Parses and checks a scenario; every problem (shape or graph) is listed, with lines where known. */
    public ScenarioGraph parseValid(String file, String yaml) {
        ContentProblems problems = new ContentProblems();
        Optional<ScenarioGraph> graph = ScenarioReader.parse(file, yaml, problems);
        if (graph.isEmpty()) {
            throw new InvalidInputException("The scenario has problems.", problems.items());
        }
        List<String> graphProblems = graph.get().problems(standards::isPublishedRule);
        if (!graphProblems.isEmpty()) {
            throw new InvalidInputException("The scenario has problems.",
                    graphProblems.stream().map(p -> ProblemItem.at(file, 1, null, p)).toList());
        }
        return graph.get();
    }

    /** Stores a checked scenario; a changed source becomes a new revision. */
    public Scenario save(ScenarioGraph graph, String source) {
        Optional<Scenario> existing = byCode(graph.id());
        if (existing.isPresent()) {
            existing.get().revise(graph, source);
            return existing.get();
        }
        Scenario s = new Scenario(graph, source);
        em.persist(s);
        return s;
    }
}
