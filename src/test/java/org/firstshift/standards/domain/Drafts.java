package org.firstshift.standards.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.time.Instant;
import java.util.List;

/** Small standards for the domain tests: a published first version with two sections. */
final class Drafts {
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

    private Drafts() {
    }

    static RuleDraft rule(String code, String statement) {
        return new RuleDraft(code, RuleKind.HARD, new LocalizedText(statement, statement + " (ru)"), List.of(),
                List.of(new RulePhrase(RulePhrase.Kind.DO, "Hello!", "Здравствуйте!")));
    }

    /** Version 1 published: GREET (GREET-01, GREET-02) and CLOSE (CLOSE-01). */
    static ServiceStandard publishedStore() {
        ServiceStandard store = new ServiceStandard("STORE", new LocalizedText("Store standard", "Стандарт магазина"));
        StandardVersion v1 = store.startDraft(null, MONDAY);
        v1.addSection("GREET", new LocalizedText("Greeting", "Приветствие"), null);
        v1.addSection("CLOSE", new LocalizedText("Closing", "Завершение"), null);
        v1.addRule("GREET", rule("GREET-01", "Greet within 30 seconds"));
        v1.addRule("GREET", rule("GREET-02", "Keep 1-2 metres away"));
        v1.addRule("CLOSE", rule("CLOSE-01", "Thank the customer"));
        store.publishDraft(MONDAY);
        return store;
    }
}
