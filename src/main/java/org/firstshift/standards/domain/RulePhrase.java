package org.firstshift.standards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** An example of what to say or do ("do") or what not to ("don't") for a rule, in both languages. */
@Embeddable
public class RulePhrase {
    public enum Kind { DO, DONT }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "text_en", nullable = false)
    private String en;

    @Column(name = "text_ru", nullable = false)
    private String ru;

    protected RulePhrase() {
    }

    public RulePhrase(Kind kind, String en, String ru) {
        this.kind = Objects.requireNonNull(kind);
        this.en = Objects.requireNonNull(en);
        this.ru = ru == null || ru.isBlank() ? en : ru;
    }

    public Kind getKind() { return kind; }
    public String getEn() { return en; }
    public String getRu() { return ru; }
    public String in(java.util.Locale locale) { return "ru".equals(locale.getLanguage()) ? ru : en; }
    public boolean isDo() { return kind == Kind.DO; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePhrase p && kind == p.kind && en.equals(p.en) && ru.equals(p.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, en, ru);
    }
}
