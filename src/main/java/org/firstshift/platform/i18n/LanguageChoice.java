package org.firstshift.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The language of the pages for this session: the profile's language once signed in, the
 * browser's before; the switcher in the top bar changes it and saves it to the profile.
 * Also formats dates for the chosen language.
 */
@Named("language")
@SessionScoped
public class LanguageChoice implements Serializable {

    // Looked up, not injected: the session moves between cluster nodes serialized, and these two
    // container objects are not part of what travels; after a move they are found again here.
    private transient Instance<LanguagePreferences> preferences;
    private transient SecurityContext security;

    private Locale locale;
    private String loadedFor;

    private SecurityContext security() {
        if (security == null) {
            security = CDI.current().select(SecurityContext.class).get();
        }
        return security;
    }

    private Instance<LanguagePreferences> preferences() {
        if (preferences == null) {
            preferences = CDI.current().select(LanguagePreferences.class);
        }
        return preferences;
    }

    public Locale getLocale() {
        SecurityContext security = security();
        String user = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (user != null && !user.equals(loadedFor)) {
            loadedFor = user;
            preferences().stream().findFirst().flatMap(p -> p.preferredBy(user)).ifPresent(l -> locale = l);
        }
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null ? Languages.ENGLISH
                    : Languages.best(java.util.Collections.list(
                    ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).getLocales()));
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isRussian() {
        return "ru".equals(getTag());
    }

    /** Switches the language; returns to the same page. */
    public String choose(String tag) {
        locale = Languages.orEnglish(tag);
        if (security().getCallerPrincipal() != null) {
            String user = security().getCallerPrincipal().getName();
            preferences().stream().findFirst().ifPresent(p -> p.prefer(user, locale));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getViewRoot().setLocale(locale);
            return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
        }
        return null;
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    public String dateTime(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(java.time.ZoneId.systemDefault()).format(instant);
    }

    public String number(Number n) {
        return n == null ? "" : java.text.NumberFormat.getInstance(getLocale()).format(n);
    }
}
