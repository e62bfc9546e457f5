package org.firstshift.standards.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.platform.web.Pages;
import org.firstshift.standards.application.PublicationImpact;
import org.firstshift.standards.application.StandardPublished;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardDiff;
import org.firstshift.standards.domain.StandardVersion;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Review and publish": every added, changed and removed rule with its statement, what the change
 * touches elsewhere (lessons, programs, how many employees get a refresher), then "Publish".
 */
@Named
@ViewScoped
public class DraftReview implements Serializable {

    @Inject
    Standards standards;

    @Inject
    LanguageChoice language;

    private String code;
    private transient ServiceStandard standard;
    private transient PublicationImpact impact;

    /** One line of the review; {@code before} is the published statement of a changed rule. */
    public record Change(String kind, String rule, String statement, String before) {
    }

    public void open() {
        if (code == null || standards.byCode(code).isEmpty()) {
            Pages.notFound();
        }
    }

    public ServiceStandard getStandard() {
        if (standard == null && code != null) {
            standard = standards.byCode(code).orElse(null);
        }
        return standard;
    }

    public StandardVersion getDraft() {
        return getStandard() == null ? null : getStandard().draft().orElse(null);
    }

    public List<Change> getChanges() {
        StandardVersion draft = getDraft();
        if (draft == null) {
            return List.of();
        }
        Optional<StandardVersion> published = getStandard().published();
        StandardDiff diff = StandardDiff.between(published.orElse(null), draft);
        List<Change> changes = new ArrayList<>();
        diff.added().forEach(r -> changes.add(new Change("added", r, statement(Optional.of(draft), r), null)));
        diff.changed().forEach(r -> changes.add(new Change("changed", r, statement(Optional.of(draft), r), statement(published, r))));
        diff.removed().forEach(r -> changes.add(new Change("removed", r, statement(published, r), null)));
        return changes;
    }

    private String statement(Optional<StandardVersion> version, String rule) {
        return version.flatMap(v -> v.rule(rule)).map(Rule::getStatement).map(s -> s.in(language.getLocale())).orElse("");
    }

    public PublicationImpact getImpact() {
        if (impact == null && getDraft() != null) {
            impact = standards.impactOfPublishing(code, language.getLocale());
        }
        return impact == null ? PublicationImpact.none() : impact;
    }

    public String publish() {
        int refreshers = getImpact().employeeCount();
        StandardPublished[] done = new StandardPublished[1];
        if (FacesMessages.attempt(() -> done[0] = standards.publish(code))) {
            FacesMessages.info(Messages.of("standards", language.getLocale()).get("review.published", done[0].version(), refreshers));
            FacesMessages.keepAcrossRedirect();
            return "/author/standard.xhtml?faces-redirect=true&code=" + code;
        }
        standard = null;
        impact = null;
        return null;
    }

    public String joined(List<String> ruleCodes) {
        return String.join(", ", ruleCodes);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
