package org.firstshift.standards.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.firstshift.standards.domain.Drafts.TUESDAY;
import static org.firstshift.standards.domain.Drafts.publishedStore;
import static org.firstshift.standards.domain.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardVersionTest {

    @Test
    void aRuleIdAlreadyUsedInTheVersionIsRefusedByName() {
        StandardVersion draft = publishedStore().startDraft(null, TUESDAY);
        var e = assertThrows(IllegalArgumentException.class, () -> draft.addRule("CLOSE", rule("GREET-02", "Another rule")));
        assertTrue(e.getMessage().contains("GREET-02"), e.getMessage());
        assertEquals(1, draft.rules().stream().filter(r -> r.getCode().equals("GREET-02")).count(), "nothing was added");
        assertEquals("Keep 1-2 metres away", draft.rule("GREET-02").orElseThrow().getStatement().en(), "the rule is untouched");
    }

    @Test
    void aVersionWhereAnIdSlippedInTwiceIsNotPublishedAndTheMessageNamesIt() {
        ServiceStandard store = publishedStore();
        StandardVersion draft = store.startDraft(null, TUESDAY);
        // A section adds without looking at its neighbours (files are loaded section by section).
        draft.section("CLOSE").orElseThrow().addRule(rule("GREET-01", "Duplicate"));

        var e = assertThrows(IllegalArgumentException.class, () -> store.publishDraft(TUESDAY));
        assertTrue(e.getMessage().contains("GREET-01"), e.getMessage());
        assertTrue(draft.isDraft(), "the draft stays a draft");
        assertEquals(1, store.published().orElseThrow().getNumber(), "version 1 stays published");
    }

    @Test
    void aRuleIdMustLookLikeGreet01() {
        StandardVersion draft = publishedStore().startDraft(null, TUESDAY);
        var e = assertThrows(IllegalArgumentException.class, () -> draft.addRule("GREET", rule("greet 3", "Lower case")));
        assertTrue(e.getMessage().contains("greet 3"), e.getMessage());
        assertTrue(draft.rule("greet 3").isEmpty());
    }

    @Test
    void onlyDraftsChange() {
        ServiceStandard store = publishedStore();
        StandardVersion published = store.published().orElseThrow();
        assertThrows(IllegalStateException.class, () -> published.addRule("GREET", rule("GREET-09", "New")));
        assertThrows(IllegalStateException.class, () -> published.changeRule(rule("GREET-01", "Changed")));
        assertThrows(IllegalStateException.class, () -> published.removeRule("GREET-01"));
        assertEquals("Greet within 30 seconds", published.rule("GREET-01").orElseThrow().getStatement().en());
        assertEquals(3, published.rules().size());
    }

    @Test
    void editingTheDraftLeavesThePublishedVersionAlone() {
        ServiceStandard store = publishedStore();
        StandardVersion draft = store.startDraft(null, TUESDAY);
        draft.changeRule(rule("GREET-01", "Greet within 10 seconds"));
        draft.removeRule("CLOSE-01");
        StandardVersion published = store.published().orElseThrow();
        assertEquals("Greet within 30 seconds", published.rule("GREET-01").orElseThrow().getStatement().en());
        assertTrue(published.rule("CLOSE-01").isPresent());
        assertEquals(2, draft.getNumber());
    }

    @Test
    void removingAnUnknownRuleIsRefused() {
        StandardVersion draft = publishedStore().startDraft(null, TUESDAY);
        var e = assertThrows(IllegalArgumentException.class, () -> draft.removeRule("NOPE-01"));
        assertTrue(e.getMessage().contains("NOPE-01"));
        assertEquals(3, draft.rules().size());
    }

    @Test
    void aRuleAddedAfterARemovalComesLastInItsSection() {
        StandardVersion draft = publishedStore().startDraft(null, TUESDAY);
        draft.removeRule("GREET-01");
        draft.addRule("GREET", rule("GREET-03", "Smile"));
        assertEquals(List.of("GREET-02", "GREET-03"),
                draft.section("GREET").orElseThrow().getRules().stream().map(Rule::getCode).toList());
        assertTrue(draft.rule("GREET-03").orElseThrow().getOrdinal() > draft.rule("GREET-02").orElseThrow().getOrdinal());
    }
}
