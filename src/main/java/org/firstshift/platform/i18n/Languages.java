package org.firstshift.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The product languages. English is the fallback for anything else a browser asks for. */
public final class Languages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private Languages() {
    }

    /** The supported language for a tag such as {@code ru}, {@code ru-RU} or {@code en}. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static Locale orEnglish(String tag) {
        return supported(tag).orElse(ENGLISH);
    }

    /** The best supported language from an ordered list of wishes (e.g. the Accept-Language header). */
    public static Locale best(List<Locale> wishes) {
        return wishes.stream().map(Locale::toLanguageTag).map(Languages::supported)
                .flatMap(Optional::stream).findFirst().orElse(ENGLISH);
    }
}
