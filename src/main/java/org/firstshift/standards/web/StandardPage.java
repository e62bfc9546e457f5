package org.firstshift.standards.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.platform.web.Pages;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;

import java.io.Serializable;

/** One standard: its versions, the rules of the published version, and "Start a new draft". */
@Named
@ViewScoped
public class StandardPage implements Serializable {

    @Inject
    Standards standards;

    @Inject
    Organisation organisation;

    @Inject
    LanguageChoice language;

    private String code;
    private transient ServiceStandard standard;

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

    public StandardVersion getPublished() {
        return getStandard() == null ? null : getStandard().published().orElse(null);
    }

    public StandardVersion getDraft() {
        return getStandard() == null ? null : getStandard().draft().orElse(null);
    }

    /** Opens the draft (a copy of the published version, or the one already started) for editing. */
    public String startDraft() {
        if (FacesMessages.attempt(() -> standards.startDraft(code))) {
            return "/author/draft.xhtml?faces-redirect=true&code=" + code;
        }
        return null;
    }

    /** The positions a rule applies to, by name; empty means everyone. */
    public String positions(Rule rule) {
        return String.join(", ", rule.getPositions().stream()
                .map(p -> organisation.position(p).map(pos -> pos.getName().in(language.getLocale())).orElse(p)).toList());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
