package org.firstshift.standards.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Names of the kinds of things that refer to rules ("lesson", "program", later "exam-item"...).
 * A kind a newer module brings before its name is in the bundle shows as it is, not as ???.
 */
@Named
@RequestScoped
public class ReferenceKinds {

    @Inject
    LanguageChoice language;

    public String label(String kind) {
        try {
            return ResourceBundle.getBundle("i18n.standards", language.getLocale()).getString("ref." + kind);
        } catch (MissingResourceException unknown) {
            return kind;
        }
    }
}
