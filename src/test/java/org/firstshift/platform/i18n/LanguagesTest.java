package org.firstshift.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void regionalTagsMapToTheProductLanguage() {
        assertEquals(Languages.RUSSIAN, Languages.supported("ru-RU").orElseThrow());
        assertEquals(Languages.RUSSIAN, Languages.supported("ru_RU").orElseThrow());
        assertEquals(Languages.ENGLISH, Languages.supported("en-GB").orElseThrow());
        assertTrue(Languages.supported("de").isEmpty());
    }

    @Test
    void theBrowsersFirstSupportedWishWins() {
        assertEquals(Languages.RUSSIAN, Languages.best(List.of(Locale.GERMAN, Locale.forLanguageTag("ru"), Locale.ENGLISH)));
        assertEquals(Languages.ENGLISH, Languages.best(List.of(Locale.JAPANESE)));
    }

    @Test
    void localizedTextFallsBackToEnglishWhenRussianIsMissing() {
        LocalizedText name = new LocalizedText("Cashier", " ");
        assertEquals("Cashier", name.in(Languages.RUSSIAN));
        assertEquals("Кассир", new LocalizedText("Cashier", "Кассир").in(Locale.forLanguageTag("ru-RU")));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(" ", "Кассир"));
    }

    @Test
    void everyEnglishMessageHasARussianOneAndViceVersa() throws Exception {
        for (String module : List.of("platform", "people", "learning", "standards", "reporting", "roleplay", "shadowing",
                "exams", "certification", "audits", "motivation", "integration", "xapi", "packages")) {
            var en = new java.util.Properties();
            var ru = new java.util.Properties();
            try (var a = getClass().getResourceAsStream("/i18n/" + module + "_en.properties");
                 var b = getClass().getResourceAsStream("/i18n/" + module + "_ru.properties")) {
                en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
                ru.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertEquals(en.keySet(), ru.keySet(), module + " bundles must have the same keys");
        }
    }

    @Test
    void messagesFormatArgumentsInTheirLanguage() {
        assertEquals("Импортировано сотрудников: 3.",
                Messages.of("people", Languages.RUSSIAN).get("import.done", 3));
        assertEquals("3 employees imported.", Messages.of("people", Languages.ENGLISH).get("import.done", 3));
    }
}
