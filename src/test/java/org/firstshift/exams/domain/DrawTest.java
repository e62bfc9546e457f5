package org.firstshift.exams.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.firstshift.exams.domain.Questions.choices;
import static org.firstshift.exams.domain.Questions.of;
import static org.firstshift.exams.domain.Questions.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drawing: per section by tag and difficulty, no repeats, shuffled options, stored exactly. */
class DrawTest {

    static List<Question> bank() {
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bank.add(Questions.single("G" + i, "greeting", 1 + i % 3));
        }
        for (int i = 0; i < 4; i++) {
            bank.add(Questions.single("C" + i, "closing", 2));
        }
        bank.add(of("O1", QuestionType.ORDERING, choices("a", "b", "c", "d"), List.of(), Set.of(), Map.of(), null, 0, List.of(), List.of(), "closing", 2));
        return bank;
    }

    static Blueprint blueprint(int greet, int close, Set<Integer> difficulties) {
        return new Blueprint("EX", t("Exam"), "CERT", Duration.ofMinutes(20), 2, Duration.ofHours(1), 80, Duration.ZERO, true,
                List.of(new Blueprint.Section("G", t("Greeting"), greet, Set.of("greeting"), difficulties),
                        new Blueprint.Section("C", t("Closing"), close, Set.of("closing"), Set.of())));
    }

    @Test
    void drawsTheAskedNumberPerSectionFromFittingQuestionsWithoutRepeats() {
        Blueprint b = blueprint(2, 3, Set.of(1));
        for (int seed = 0; seed < 50; seed++) {
            List<DrawnItem> items = Draw.draw(b, bank(), code -> 7, new Random(seed));
            assertEquals(5, items.size());
            assertEquals(2, items.stream().filter(i -> i.section().equals("G")).count());
            // difficulty 1 among G0..G5 is G0 and G3 only
            assertTrue(items.stream().filter(i -> i.section().equals("G")).allMatch(i -> Set.of("G0", "G3").contains(i.question())), items.toString());
            assertTrue(items.stream().filter(i -> i.section().equals("C")).allMatch(i -> i.question().startsWith("C") || i.question().equals("O1")));
            assertEquals(5, new HashSet<>(items.stream().map(DrawnItem::question).toList()).size());
            assertTrue(items.stream().allMatch(i -> i.revision() == 7));
        }
    }

    @Test
    void differentSeedsDrawDifferentExamsAndTheStoredFormKeepsTheDraw() {
        Blueprint b = blueprint(3, 2, Set.of());
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            List<DrawnItem> items = Draw.draw(b, bank(), code -> 1, new Random(seed));
            assertEquals(items, DrawnItem.decode(DrawnItem.encode(items)));
            seen.add(DrawnItem.encode(items));
        }
        assertTrue(seen.size() > 10, "draws barely differ: " + seen.size());
    }

    @Test
    void orderingItemsNeverStartInTheirRightOrderAndOptionsAreShuffled() {
        Question ordering = bank().get(bank().size() - 1);
        Set<List<String>> orders = new HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            List<String> order = Draw.order(ordering, false, new Random(seed));
            assertNotEquals(List.of("a", "b", "c", "d"), order);
            orders.add(Draw.order(Questions.single("S", "t", 1), true, new Random(seed)));
        }
        assertTrue(orders.size() > 1, "options were never shuffled");
    }

    @Test
    void aSectionThatCannotBeFilledIsABlueprintProblem() {
        Blueprint b = blueprint(5, 1, Set.of(3));
        assertTrue(b.problems(bank()).stream().anyMatch(p -> p.contains("section 'G' draws 5")), b.problems(bank()).toString());
        assertThrows(IllegalStateException.class, () -> Draw.draw(b, bank(), code -> 1, new Random(1)));
    }
}
