package org.firstshift.standards.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of a standard: a stable id (e.g. {@code GREET-01}) that survives new versions, a kind,
 * one measurable statement, example phrases, and the positions it applies to (none = all).
 */
@Entity
@Table(name = "standard_rule")
public class Rule extends Identified {
    public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d{2,3}");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private StandardSection section;

    @Column(name = "rule_code", nullable = false)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "statement_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "statement_ru"))})
    private LocalizedText statement;

    @Convert(converter = CodeListConverter.class)
    private List<String> positions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_phrase", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "ordinal")
    private List<RulePhrase> phrases = new ArrayList<>();

    protected Rule() {
    }

    Rule(StandardSection section, int ordinal, RuleDraft draft) {
        this.section = section;
        this.ordinal = ordinal;
        this.code = draft.code();
        apply(draft);
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    final void apply(RuleDraft draft) {
        if (!isValidId(draft.code())) {
            throw new IllegalArgumentException("rule id '" + draft.code() + "' must look like GREET-01");
        }
        // IllegalArgumentException, not a NullPointerException: forms show it as a message.
        if (draft.kind() == null || draft.statement() == null) {
            throw new IllegalArgumentException("rule " + draft.code() + " needs a kind and a statement");
        }
        this.kind = draft.kind();
        this.statement = draft.statement();
        this.positions = new ArrayList<>(draft.positions());
        this.phrases.clear();
        this.phrases.addAll(draft.phrases());
    }

    /**
     * The same rule in another version says the same thing to the same people. Positions are a set:
     * listing them in another order (as a form may) is no change and must not send refreshers.
     */
    public boolean sameContentAs(Rule other) {
        return kind == other.kind && statement.equals(other.statement)
                && new java.util.HashSet<>(positions).equals(new java.util.HashSet<>(other.positions))
                && phrases.equals(other.phrases);
    }

    public boolean appliesTo(String positionCode) {
        return positions.isEmpty() || positions.contains(positionCode);
    }

    public RuleDraft draft() {
        return new RuleDraft(code, kind, statement, positions, phrases);
    }

    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public RuleKind getKind() { return kind; }
    public LocalizedText getStatement() { return statement; }
    public List<String> getPositions() { return List.copyOf(positions); }
    public List<RulePhrase> getPhrases() { return List.copyOf(phrases); }
    public List<RulePhrase> getDos() { return phrases.stream().filter(RulePhrase::isDo).toList(); }
    public List<RulePhrase> getDonts() { return phrases.stream().filter(p -> !p.isDo()).toList(); }
    public StandardSection getSection() { return section; }
}
