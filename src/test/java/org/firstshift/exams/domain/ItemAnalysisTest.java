package org.firstshift.exams.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item analysis: difficulty, discrimination, option distribution and flags on made-up sittings. */
class ItemAnalysisTest {

    static ItemAnalysis.Sitting sitting(int score, Object... pairs) {
        Map<String, ItemAnalysis.Response> r = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 3) {
            r.put((String) pairs[i], new ItemAnalysis.Response((Boolean) pairs[i + 1], List.of((String) pairs[i + 2])));
        }
        return new ItemAnalysis.Sitting(score, r);
    }

    @Test
    void aGoodItemIsRightForTheStrongAndWrongForTheWeak() {
        Question good = Questions.single("GOOD", "t", 2);   // right: b
        Question bad = Questions.single("BAD", "t", 2);
        List<ItemAnalysis.Sitting> sittings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean strong = i >= 10;
            // GOOD: the strong get it right; BAD: the weak get it right (a wrong key looks like this)
            sittings.add(sitting(strong ? 9 : 3, "GOOD", strong, strong ? "b" : "a", "BAD", !strong, strong ? "a" : "b"));
        }
        List<ItemAnalysis.Item> items = ItemAnalysis.analyse(sittings, Map.of("GOOD", good, "BAD", bad));
        ItemAnalysis.Item g = items.stream().filter(i -> i.question().equals("GOOD")).findFirst().orElseThrow();
        ItemAnalysis.Item b = items.stream().filter(i -> i.question().equals("BAD")).findFirst().orElseThrow();
        assertEquals(20, g.answered());
        assertEquals(0.5, g.shareCorrect());
        assertTrue(g.pointBiserial() > 0.9, g.toString());
        assertEquals(1.0, g.upperLower());
        assertEquals(10, g.choices().get("b"));
        assertEquals(10, g.choices().get("a"));
        assertTrue(g.flags().contains("unused-option:c"), g.flags().toString());
        assertTrue(b.pointBiserial() < 0, b.toString());
        assertEquals(-1.0, b.upperLower());
        assertTrue(b.flags().contains("negative-discrimination"), b.flags().toString());
    }

    @Test
    void tooEasyTooHardAndFewAnswersAreFlagged() {
        Question q = Questions.single("E", "t", 1);
        List<ItemAnalysis.Sitting> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(sitting(5 + i, "E", true, "b"));
        }
        ItemAnalysis.Item easy = ItemAnalysis.analyse(all, Map.of("E", q)).get(0);
        assertTrue(easy.flags().containsAll(List.of("few-answers", "too-easy")), easy.flags().toString());
        assertNull(easy.pointBiserial(), "no variation, no correlation");
        List<ItemAnalysis.Sitting> none = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            none.add(sitting(i, "E", false, "a"));
        }
        assertTrue(ItemAnalysis.analyse(none, Map.of("E", q)).get(0).flags().contains("too-hard"));
    }
}
