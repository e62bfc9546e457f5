package org.firstshift.standards.web;

import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleDraft;
import org.firstshift.standards.domain.RuleKind;
import org.firstshift.standards.domain.RulePhrase;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleFormTest {

    private static Rule greeting() {
        ServiceStandard s = new ServiceStandard("STORE", new LocalizedText("Store", "Магазин"));
        StandardVersion v = s.startDraft(null, Instant.parse("2026-03-02T09:00:00Z"));
        v.addSection("GREET", new LocalizedText("Greeting", "Приветствие"), null);
        return v.addRule("GREET", new RuleDraft("GREET-01", RuleKind.HARD, new LocalizedText("Greet everyone", "Здоровайтесь со всеми"),
                List.of("SALES_CONSULTANT", "CASHIER"), List.of(
                new RulePhrase(RulePhrase.Kind.DO, "“Good afternoon!”", "«Добрый день!»"),
                new RulePhrase(RulePhrase.Kind.DO, "Nod and smile.", null),
                new RulePhrase(RulePhrase.Kind.DONT, "“What do you want?”", "«Что вам?»"))));
    }

    @Test
    void savingARuleWithoutTouchingItChangesNothing() {
        Rule rule = greeting();
        RuleDraft again = RuleForm.of(rule).toDraft();
        assertEquals(rule.draft(), again);
    }

    @Test
    void phrasesAreOnePerLineWithTheRussianAfterABar() {
        RuleForm form = RuleForm.of(greeting());
        assertEquals("“Good afternoon!” | «Добрый день!»\nNod and smile.", form.getDos());
        form.setDos("Hello! | Здравствуйте!\n\n  Smile  \r\n");
        form.setDonts("");
        List<RulePhrase> phrases = form.toDraft().phrases();
        assertEquals(List.of(new RulePhrase(RulePhrase.Kind.DO, "Hello!", "Здравствуйте!"),
                new RulePhrase(RulePhrase.Kind.DO, "Smile", "Smile")), phrases, "blank lines are skipped, Russian defaults to English");
    }

    @Test
    void aNewRuleTakesItsIdInUpperCaseAndNeedsAnEnglishStatement() {
        RuleForm form = RuleForm.newIn("GREET");
        assertTrue(form.isAdding());
        form.setCode(" greet-05 ");
        form.setStatementEn("Say goodbye");
        assertEquals("GREET-05", form.toDraft().code());
        assertEquals(RuleKind.HARD, form.toDraft().kind());
        form.setStatementEn("  ");
        assertThrows(IllegalArgumentException.class, form::toDraft);
    }
}
