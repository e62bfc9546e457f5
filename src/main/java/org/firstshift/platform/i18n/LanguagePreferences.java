package org.firstshift.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a person's preferred language is kept. The people module implements it (the language is
 * part of the employee profile); the platform only asks.
 */
public interface LanguagePreferences {
    Optional<Locale> preferredBy(String username);

    void prefer(String username, Locale language);
}
