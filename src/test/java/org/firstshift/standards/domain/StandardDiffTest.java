package org.firstshift.standards.domain;

import org.firstshift.platform.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.firstshift.standards.domain.Drafts.TUESDAY;
import static org.firstshift.standards.domain.Drafts.publishedStore;
import static org.firstshift.standards.domain.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardDiffTest {

    @Test
    void listsAddedChangedAndRemovedRulesButNotTheUnchangedOnes() {
        ServiceStandard store = publishedStore();
        StandardVersion v1 = store.published().orElseThrow();
        StandardVersion v2 = store.startDraft(null, TUESDAY);
        v2.changeRule(rule("GREET-01", "Greet within 10 seconds"));
        v2.removeRule("GREET-02");
        v2.addRule("CLOSE", rule("CLOSE-02", "Invite them back"));

        StandardDiff diff = v2.diffFrom(v1);

        assertEquals(List.of("CLOSE-02"), diff.added());
        assertEquals(List.of("GREET-01"), diff.changed());
        assertEquals(List.of("GREET-02"), diff.removed());
        assertEquals(Set.of("CLOSE-02", "GREET-01"), diff.toRelearn(), "removed rules need no relearning");
        assertTrue(!diff.changed().contains("CLOSE-01") && !diff.added().contains("CLOSE-01"), "CLOSE-01 did not change");
    }

    @Test
    void aChangeOfKindPositionsOrPhrasesIsAChangeButReorderingPositionsIsNot() {
        ServiceStandard store = publishedStore();
        StandardVersion v1 = store.published().orElseThrow();
        StandardVersion v2 = store.startDraft(null, TUESDAY);
        RuleDraft greet = v2.rule("GREET-01").orElseThrow().draft();
        v2.changeRule(new RuleDraft("GREET-01", RuleKind.RECOMMENDED, greet.statement(), greet.positions(), greet.phrases()));
        RuleDraft close = v2.rule("CLOSE-01").orElseThrow().draft();
        v2.changeRule(new RuleDraft("CLOSE-01", close.kind(), close.statement(), close.positions(), List.of()));
        assertEquals(List.of("GREET-01", "CLOSE-01"), v2.diffFrom(v1).changed());

        StandardVersion sameAgain = publishedWithPositions(List.of("CASHIER", "SALES_CONSULTANT"));
        ServiceStandard s = sameAgain.getStandard();
        StandardVersion reordered = s.startDraft(null, TUESDAY);
        RuleDraft r = reordered.rule("TILL-01").orElseThrow().draft();
        reordered.changeRule(new RuleDraft("TILL-01", r.kind(), r.statement(), List.of("SALES_CONSULTANT", "CASHIER"), r.phrases()));
        assertTrue(reordered.diffFrom(sameAgain).isEmpty(), "the same positions in another order are the same rule");
    }

    @Test
    void theFirstVersionAddsEveryRule() {
        ServiceStandard fresh = new ServiceStandard("NEW", new LocalizedText("New", "Новый"));
        StandardVersion v1 = fresh.startDraft(null, TUESDAY);
        v1.addSection("A", new LocalizedText("A", "А"), null);
        v1.addRule("A", rule("A-01", "First"));
        v1.addRule("A", rule("A-02", "Second"));
        StandardDiff diff = StandardDiff.between(null, v1);
        assertEquals(List.of("A-01", "A-02"), diff.added());
        assertTrue(diff.changed().isEmpty() && diff.removed().isEmpty());
    }

    private static StandardVersion publishedWithPositions(List<String> positions) {
        ServiceStandard s = new ServiceStandard("TILL", new LocalizedText("Till", "Касса"));
        StandardVersion v1 = s.startDraft(null, Drafts.MONDAY);
        v1.addSection("PAY", new LocalizedText("Payment", "Оплата"), null);
        RuleDraft r = rule("TILL-01", "Count the change aloud");
        v1.addRule("PAY", new RuleDraft(r.code(), r.kind(), r.statement(), positions, r.phrases()));
        s.publishDraft(Drafts.MONDAY);
        return v1;
    }
}
