package org.firstshift.standards.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stage or topic of a standard (greeting, needs discovery, forbidden actions...) and its rules. */
@Entity
@Table(name = "standard_section")
public class StandardSection extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_version_id")
    private StandardVersion standardVersion;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int ordinal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru"))})
    private LocalizedText summary;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<Rule> rules = new ArrayList<>();

    protected StandardSection() {
    }

    StandardSection(StandardVersion version, int ordinal, String code, LocalizedText title, LocalizedText summary) {
        this.standardVersion = version;
        this.ordinal = ordinal;
        this.code = code;
        this.title = title;
        this.summary = summary;
    }

    public Rule addRule(RuleDraft draft) {
        // After a removal the list is shorter than the highest ordinal: count on from the highest.
        int next = rules.stream().mapToInt(Rule::getOrdinal).max().orElse(0) + 1;
        Rule rule = new Rule(this, next, draft);
        rules.add(rule);
        return rule;
    }

    public Optional<Rule> rule(String ruleCode) {
        return rules.stream().filter(r -> r.getCode().equals(ruleCode)).findFirst();
    }

    boolean removeRule(String ruleCode) {
        return rules.removeIf(r -> r.getCode().equals(ruleCode));
    }

    void describe(LocalizedText newTitle, LocalizedText newSummary) {
        this.title = newTitle;
        this.summary = newSummary;
    }

    public String getCode() { return code; }
    public int getOrdinal() { return ordinal; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getSummary() { return summary; }
    public List<Rule> getRules() { return List.copyOf(rules); }
    public StandardVersion getStandardVersion() { return standardVersion; }
}
