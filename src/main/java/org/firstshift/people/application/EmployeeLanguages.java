package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.i18n.LanguagePreferences;

import java.util.Locale;
import java.util.Optional;

/** The preferred language lives on the employee profile. */
@ApplicationScoped
public class EmployeeLanguages implements LanguagePreferences {
    @Inject
    People people;

    @Override
    public Optional<Locale> preferredBy(String username) {
        return people.byUsername(username).map(Employee::locale);
    }

    @Override
    public void prefer(String username, Locale language) {
        people.byUsername(username).ifPresent(e -> people.preferLanguage(e.getId(), language));
    }
}
