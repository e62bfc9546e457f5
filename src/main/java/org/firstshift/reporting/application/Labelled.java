package org.firstshift.reporting.application;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/** Something HR groups or filters by (a store, a position, a program): its stable code and its name in both languages. */
public record Labelled(String code, LocalizedText name) {
    public Labelled {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public String in(Locale locale) {
        return name.in(locale);
    }
}
