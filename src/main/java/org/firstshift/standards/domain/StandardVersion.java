package org.firstshift.standards.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a standard. Only drafts change; publishing freezes a version and retires the
 * previous one. Rule ids are unique within a version.
 */
@Entity
@Table(name = "standard_version")
public class StandardVersion extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id")
    private ServiceStandard standard;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status = VersionStatus.DRAFT;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru"))})
    private LocalizedText summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "standardVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<StandardSection> sections = new ArrayList<>();

    protected StandardVersion() {
    }

    StandardVersion(ServiceStandard standard, int number, LocalizedText summary, Instant createdAt) {
        this.standard = standard;
        this.number = number;
        this.summary = summary;
        this.createdAt = createdAt;
    }

    public StandardSection addSection(String code, LocalizedText title, LocalizedText summary) {
        requireDraft();
        if (section(code).isPresent()) {
            throw new IllegalArgumentException("section '" + code + "' appears twice");
        }
        StandardSection section = new StandardSection(this, sections.size() + 1, code, title, summary);
        sections.add(section);
        return section;
    }

    public Rule addRule(String sectionCode, RuleDraft draft) {
        requireDraft();
        if (rule(draft.code()).isPresent()) {
            throw new IllegalArgumentException("rule id '" + draft.code() + "' is already used in version " + number);
        }
        StandardSection section = section(sectionCode)
                .orElseThrow(() -> new IllegalArgumentException("no section '" + sectionCode + "'"));
        return section.addRule(draft);
    }

    public void changeRule(RuleDraft draft) {
        requireDraft();
        rule(draft.code()).orElseThrow(() -> new IllegalArgumentException("no rule '" + draft.code() + "'")).apply(draft);
    }

    public void removeRule(String ruleCode) {
        requireDraft();
        boolean removed = false;
        for (StandardSection s : sections) {
            removed |= s.removeRule(ruleCode);
        }
        if (!removed) {
            throw new IllegalArgumentException("no rule '" + ruleCode + "' in version " + number);
        }
    }

    public Optional<StandardSection> section(String code) {
        return sections.stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    public Optional<Rule> rule(String code) {
        return rules().stream().filter(r -> r.getCode().equals(code)).findFirst();
    }

    public List<Rule> rules() {
        return sections.stream().flatMap(s -> s.getRules().stream()).toList();
    }

    /** Refuses a version where a rule id is used twice or nothing is in it. */
    public void validate() {
        Set<String> seen = new HashSet<>();
        for (Rule r : rules()) {
            if (!seen.add(r.getCode())) {
                throw new IllegalArgumentException("rule id '" + r.getCode() + "' is used twice in version " + number);
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("version " + number + " has no rules");
        }
    }

    void publish(Instant at) {
        requireDraft();
        validate();
        status = VersionStatus.PUBLISHED;
        publishedAt = at;
    }

    void retire() {
        status = VersionStatus.RETIRED;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("version " + number + " is " + status.name().toLowerCase()
                    + "; only drafts change (start a new draft)");
        }
    }

    /** Copies sections and rules into a fresh draft with the next number. */
    StandardVersion copyAsDraft(int newNumber, Instant at) {
        StandardVersion draft = new StandardVersion(standard, newNumber, summary, at);
        for (StandardSection s : sections) {
            StandardSection copy = draft.addSection(s.getCode(), s.getTitle(), s.getSummary());
            s.getRules().forEach(r -> copy.addRule(r.draft()));
        }
        return draft;
    }

    public StandardDiff diffFrom(StandardVersion older) {
        return StandardDiff.between(older, this);
    }

    public ServiceStandard getStandard() { return standard; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public boolean isDraft() { return status == VersionStatus.DRAFT; }
    public LocalizedText getSummary() { return summary; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<StandardSection> getSections() { return List.copyOf(sections); }
}
