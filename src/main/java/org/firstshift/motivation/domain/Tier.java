package org.firstshift.motivation.domain;

import java.util.List;
import java.util.Objects;

/**
 * A step of a scheme: a name in both languages, the pay grade it earns and the conditions an
 * employee must meet to hold it.
 */
public record Tier(String code, String nameEn, String nameRu, String payGrade, List<Condition> conditions) {
    public Tier {
        Objects.requireNonNull(code, "code");
        conditions = List.copyOf(conditions);
    }

    public String name(java.util.Locale locale) {
        return "ru".equals(locale.getLanguage()) && nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
    }

    /** This tier's condition with the same key as {@code c}, if any. */
    public java.util.Optional<Condition> sameAs(Condition c) {
        return conditions.stream().filter(d -> d.key().equals(c.key())).findFirst();
    }
}
