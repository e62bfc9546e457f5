package org.firstshift.platform.content;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;

import java.io.StringReader;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlMapTest {

    private static YamlMap read(String yaml, ContentProblems problems) {
        return new YamlMap("people.yaml", (MappingNode) new Yaml().compose(new StringReader(yaml)), problems);
    }

    @Test
    void valuesAreReadWithTheirTypes() {
        ContentProblems problems = new ContentProblems();
        YamlMap map = read("""
                name: Anna
                hired: 2026-03-01
                days: 3
                tags: [a, b]
                single: one
                """, problems);
        assertEquals("Anna", map.text("name"));
        assertEquals(LocalDate.of(2026, 3, 1), map.date("hired"));
        assertEquals(3, map.integer("days", 0));
        assertEquals(2, map.texts("tags").size());
        assertEquals(1, map.texts("single").size(), "a single value counts as a list of one");
        assertFalse(problems.any());
    }

    @Test
    void problemsNameTheLineOfTheOffendingValue() {
        ContentProblems problems = new ContentProblems();
        YamlMap root = read("""
                employees:
                  - full_name: Anna
                    hire_date: yesterday
                  - full_name: Mikhail
                    days: many
                """, problems);
        var employees = root.maps("employees");
        employees.get(0).date("hire_date");
        employees.get(1).optionalInt("days");
        employees.get(1).text("personnel_number");
        var items = problems.items();
        assertEquals(3, items.size());
        assertEquals(3, items.get(0).row());
        assertTrue(items.get(0).message().contains("yesterday"));
        assertEquals(5, items.get(1).row());
        assertEquals(4, items.get(2).row(), "a missing field is reported at its mapping");
        assertTrue(items.get(2).message().contains("personnel_number"));
    }

    @Test
    void unknownFieldsAreReportedToCatchTypos() {
        ContentProblems problems = new ContentProblems();
        read("full_name: Anna\nhire_dte: 2026-01-01\n", problems).allowOnly("full_name", "hire_date");
        assertEquals(1, problems.items().size());
        assertEquals(2, problems.items().get(0).row());
        assertTrue(problems.items().get(0).message().contains("hire_dte"));
    }

    @Test
    void aListWhereAValueBelongsIsAProblem() {
        ContentProblems problems = new ContentProblems();
        read("name: [a, b]\n", problems).optionalText("name");
        assertTrue(problems.any());
    }
}
