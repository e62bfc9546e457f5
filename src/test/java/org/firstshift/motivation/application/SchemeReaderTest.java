package org.firstshift.motivation.application;

import org.firstshift.motivation.domain.ConditionKind;
import org.firstshift.motivation.domain.TierScheme;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.content.ContentProblems;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemeReaderTest {
    static final Map<String, Integer> GRADES = Map.of("G1", 1, "G2", 2, "G3", 3, "G4", 4, "G5", 5);

    private static String demo() throws Exception {
        return Files.readString(Path.of("content/demo/tiers.yaml"));
    }

    @Test
    void theDemoSchemeReadsAndValidates() throws Exception {
        ContentProblems problems = new ContentProblems();
        SchemeReader.Read read = SchemeReader.parse("tiers.yaml", demo(), problems).orElseThrow();
        SchemeReader.validate("tiers.yaml", read, GRADES, problems);
        assertEquals(List.of(), problems.items());
        TierScheme s = read.scheme();
        assertEquals(List.of("TRAINEE", "CONSULTANT", "CONFIDENT", "EXPERT"), s.tiers().stream().map(t -> t.code()).toList());
        assertEquals(List.of("G1", "G2", "G3", "G4"), s.tiers().stream().map(t -> t.payGrade()).toList());
        assertEquals("Уверенный консультант", s.tier(2).nameRu());
        assertTrue(s.tier(3).conditions().stream().anyMatch(c -> c.kind() == ConditionKind.TIME_IN_ROLE && c.threshold() == 6));
    }

    @Test
    void shapeProblemsAreReportedWithTheirLine() throws Exception {
        String yaml = demo().replace("{kind: time_in_role, min_months: 6}", "{kind: time_in_rol, min_months: 6}")
                .replace("pay_grade: G2", "pay_grade: G2\n    colour: blue");
        ContentProblems problems = new ContentProblems();
        assertTrue(SchemeReader.parse("tiers.yaml", yaml, problems).isEmpty());
        List<String> texts = problems.items().stream().map(ProblemItem::describe).toList();
        int kindLine = yaml.lines().toList().indexOf("      - {kind: time_in_rol, min_months: 6}") + 1;
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("tiers.yaml line " + kindLine + ": 'kind' is not a condition kind: 'time_in_rol'")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("unknown field 'colour'")), texts.toString());
    }

    @Test
    void validationProblemsPointAtTheTier() throws Exception {
        String yaml = demo().replace("pay_grade: G4", "pay_grade: G3");
        ContentProblems problems = new ContentProblems();
        SchemeReader.Read read = SchemeReader.parse("tiers.yaml", yaml, problems).orElseThrow();
        SchemeReader.validate("tiers.yaml", read, GRADES, problems);
        int expertLine = yaml.lines().toList().indexOf("  - code: EXPERT") + 1;
        assertEquals(List.of("tiers.yaml line " + expertLine + ": pay grade G3 does not rank above the pay grade of the tier before it: "
                + "tiers must be ordered by pay"), problems.items().stream().map(ProblemItem::describe).toList());
    }
}
