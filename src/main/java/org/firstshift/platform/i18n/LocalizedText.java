package org.firstshift.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A name or short text kept in both product languages, English and Russian. */
@Embeddable
public class LocalizedText implements Serializable {

    @Column(name = "name_en")
    private String en;

    @Column(name = "name_ru")
    private String ru;

    protected LocalizedText() {
    }

    public LocalizedText(String en, String ru) {
        this.en = requireText(en, "English");
        this.ru = ru == null || ru.isBlank() ? this.en : ru.strip();
    }

    private static String requireText(String value, String language) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(language + " text is required");
        }
        return value.strip();
    }

    public String en() {
        return en;
    }

    public String ru() {
        return ru;
    }

    public String in(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? ru : en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(en, t.en) && Objects.equals(ru, t.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, ru);
    }

    @Override
    public String toString() {
        return en;
    }
}
