package org.firstshift.standards.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.firstshift.standards.domain.Drafts.MONDAY;
import static org.firstshift.standards.domain.Drafts.TUESDAY;
import static org.firstshift.standards.domain.Drafts.publishedStore;
import static org.firstshift.standards.domain.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceStandardTest {

    @Test
    void publishingRetiresThePreviousVersion() {
        ServiceStandard store = publishedStore();
        StandardVersion v1 = store.published().orElseThrow();
        StandardVersion v2 = store.startDraft(null, TUESDAY);
        v2.changeRule(rule("GREET-01", "Greet within 10 seconds"));

        StandardDiff diff = store.publishDraft(TUESDAY);

        assertEquals(VersionStatus.RETIRED, v1.getStatus());
        assertEquals(VersionStatus.PUBLISHED, v2.getStatus());
        assertSame(v2, store.published().orElseThrow());
        assertEquals(TUESDAY, v2.getPublishedAt());
        assertEquals(MONDAY, v1.getPublishedAt(), "the retired version keeps its date");
        assertTrue(store.draft().isEmpty());
        assertEquals(List.of("GREET-01"), diff.changed());
        assertEquals(List.of(2, 1), store.getVersions().stream().map(StandardVersion::getNumber).toList(), "newest first");
    }

    @Test
    void aNewDraftCopiesThePublishedVersionAndThereIsOnlyOne() {
        ServiceStandard store = publishedStore();
        StandardVersion draft = store.startDraft(null, TUESDAY);
        assertEquals(List.of("GREET-01", "GREET-02", "CLOSE-01"), draft.rules().stream().map(Rule::getCode).toList());
        assertSame(draft, store.startDraft(null, TUESDAY), "starting again opens the same draft");
        assertEquals(2, store.getVersions().size());
    }

    @Test
    void aDraftThatChangesNoRuleIsNotPublished() {
        ServiceStandard store = publishedStore();
        store.startDraft(null, TUESDAY);
        var e = assertThrows(IllegalStateException.class, () -> store.publishDraft(TUESDAY));
        assertTrue(e.getMessage().contains("version 1"), e.getMessage());
        assertEquals(1, store.published().orElseThrow().getNumber());
        assertTrue(store.draft().isPresent());
    }

    @Test
    void thereIsNothingToPublishWithoutADraft() {
        assertThrows(IllegalStateException.class, () -> publishedStore().publishDraft(TUESDAY));
    }

    @Test
    void discardingTheDraftKeepsThePublishedVersion() {
        ServiceStandard store = publishedStore();
        store.startDraft(null, TUESDAY).removeRule("GREET-01");
        store.discardDraft();
        assertTrue(store.draft().isEmpty());
        assertTrue(store.published().orElseThrow().rule("GREET-01").isPresent());
    }
}
