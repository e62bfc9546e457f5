package org.firstshift.standards.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A company's customer-service standard (e.g. the store standard) with all its versions. At most
 * one version is published and at most one is a draft at any time.
 */
@Entity
@Table(name = "service_standard")
@NamedQuery(name = "ServiceStandard.all", query = "SELECT s FROM ServiceStandard s ORDER BY s.code")
@NamedQuery(name = "ServiceStandard.findByCode", query = "SELECT s FROM ServiceStandard s WHERE s.code = :code")
public class ServiceStandard extends Identified {

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru"))})
    private LocalizedText title;

    @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<StandardVersion> versions = new ArrayList<>();

    protected ServiceStandard() {
    }

    public ServiceStandard(String code, LocalizedText title) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("standard id '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        this.title = title;
    }

    public void rename(LocalizedText newTitle) {
        this.title = newTitle;
    }

    public Optional<StandardVersion> published() {
        return versions.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).findFirst();
    }

    public Optional<StandardVersion> draft() {
        return versions.stream().filter(StandardVersion::isDraft).findFirst();
    }

    public Optional<StandardVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    private int nextNumber() {
        return versions.stream().mapToInt(StandardVersion::getNumber).max().orElse(0) + 1;
    }

    /** An empty first draft (for a new standard) or a copy of the published version to edit. */
    public StandardVersion startDraft(LocalizedText summary, Instant at) {
        if (draft().isPresent()) {
            return draft().get();
        }
        StandardVersion draft = published().map(p -> p.copyAsDraft(nextNumber(), at))
                .orElseGet(() -> new StandardVersion(this, nextNumber(), summary, at));
        versions.add(draft);
        return draft;
    }

    /** A draft with nothing in it, replacing any existing draft (used when a file brings the whole content). */
    public StandardVersion startEmptyDraft(LocalizedText summary, Instant at) {
        versions.removeIf(StandardVersion::isDraft);
        StandardVersion draft = new StandardVersion(this, nextNumber(), summary, at);
        versions.add(draft);
        return draft;
    }

    public void discardDraft() {
        versions.removeIf(StandardVersion::isDraft);
    }

    /**
     * Publishes the draft; the version published before it is retired. Returns what changed.
     * Refused (and nothing changes) when the draft is invalid or changes no rule.
     */
    public StandardDiff publishDraft(Instant at) {
        StandardVersion draft = draft().orElseThrow(() -> new IllegalStateException("there is no draft to publish"));
        Optional<StandardVersion> previous = published();
        StandardDiff diff = StandardDiff.between(previous.orElse(null), draft);
        if (previous.isPresent() && diff.isEmpty()) {
            // A version that changes no rule would only make learners wonder what is new.
            throw new IllegalStateException("the draft has the same rules as version " + previous.get().getNumber()
                    + "; change a rule or discard the draft");
        }
        draft.publish(at);
        previous.ifPresent(StandardVersion::retire);
        return diff;
    }

    public String getCode() { return code; }
    public LocalizedText getTitle() { return title; }

    public List<StandardVersion> getVersions() {
        return versions.stream().sorted(Comparator.comparingInt(StandardVersion::getNumber).reversed()).toList();
    }
}
