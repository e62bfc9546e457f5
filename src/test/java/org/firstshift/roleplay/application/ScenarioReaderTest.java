package org.firstshift.roleplay.application;

import org.firstshift.platform.content.ContentProblems;
import org.firstshift.roleplay.domain.NodeType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {

    static final String SCENARIO = """
            id: RP-T
            title: {en: Test, ru: Тест}
            objection: price
            start: n1
            nodes:
              - id: n1
                type: customer
                text: {en: Too dear, ru: Дорого}
                image: %s
                next: n2
              - id: n2
                type: choice
                responses:
                  - {id: r1, text: {en: A, ru: А}, feedback: {en: F, ru: Ф}, honours: [OBJECT-01], score: 5, next: e}
                  - {id: r2, text: {en: B, ru: Б}, feedback: {en: F, ru: Ф}, breaks: [OBJECT-01], score: -5, next: e}
              - id: e
                type: end
                outcome: sale
                text: {en: Sold, ru: Продано}
                debrief: {en: Good, ru: Хорошо}
            """;

    @Test
    void aScenarioIsReadWithItsMedia() {
        ContentProblems problems = new ContentProblems();
        var graph = ScenarioReader.parse("t.yaml", SCENARIO.formatted("https://cdn.example.org/blazer.jpg"), problems).orElseThrow();
        assertEquals(NodeType.CUSTOMER, graph.node("n1").orElseThrow().type());
        assertEquals("https://cdn.example.org/blazer.jpg", graph.node("n1").orElseThrow().media().image());
        assertEquals(5, graph.maxScore());
    }

    @Test
    void unsafeMediaUrlsWrongTypesAndOutcomesAreReportedWithTheirLine() {
        ContentProblems problems = new ContentProblems();
        String broken = SCENARIO.formatted("javascript:alert(1)").replace("type: choice", "type: chioce").replace("outcome: sale", "outcome: win");
        assertTrue(ScenarioReader.parse("t.yaml", broken, problems).isEmpty());
        var items = problems.items();
        assertTrue(items.stream().anyMatch(p -> p.message().contains("javascript:alert(1)") && p.row() == 9), items.toString());
        assertTrue(items.stream().anyMatch(p -> p.message().contains("'chioce'")), items.toString());
        assertTrue(items.stream().anyMatch(p -> p.message().contains("'win'")), items.toString());
    }
}
