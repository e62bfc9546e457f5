package org.firstshift.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text for server-side output (API answers, reports, e-mails) from the same resource bundles the
 * pages use: {@code i18n/<module>_<lang>.properties}.
 */
public final class Messages {
    private final String module;
    private final Locale locale;

    private Messages(String module, Locale locale) {
        this.module = module;
        this.locale = locale;
    }

    public static Messages of(String module, Locale locale) {
        return new Messages(module, locale == null ? Languages.ENGLISH : locale);
    }

    public String get(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("i18n." + module, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException missing) {
            return "???" + module + "." + key + "???";
        }
    }

    public Locale locale() {
        return locale;
    }
}
