package org.firstshift.standards.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.web.FacesMessages;
import org.firstshift.platform.web.Pages;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleDraft;
import org.firstshift.standards.domain.RuleKind;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;

import java.io.Serializable;
import java.util.List;

/**
 * Editing the draft of a standard one rule at a time: change a rule, add one to a section, remove
 * one, or throw the draft away. While a rule is open the page shows only its form, which keeps a
 * phone screen simple. A refused change (a used id, a missing statement) is shown as a message,
 * the form keeps what was typed and nothing is written.
 */
@Named
@ViewScoped
public class DraftEditor implements Serializable {

    @Inject
    Standards standards;

    @Inject
    Organisation organisation;

    @Inject
    LanguageChoice language;

    private String code;
    private RuleForm form;
    private String lastSaved;
    /** The rule to scroll back to when the list shows again, so a long standard keeps its place. */
    private String focus;
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

    public StandardVersion getDraft() {
        return getStandard() == null ? null : getStandard().draft().orElse(null);
    }

    public void edit(String ruleCode) {
        Rule rule = getDraft() == null ? null : getDraft().rule(ruleCode).orElse(null);
        form = rule == null ? null : RuleForm.of(rule);
        focus = null;
    }

    public void add(String sectionCode) {
        form = RuleForm.newIn(sectionCode);
        focus = null;
    }

    public void cancel() {
        focus = form == null || form.isAdding() ? null : form.getCode();
        form = null;
    }

    public void save() {
        RuleForm f = form;
        if (f == null) {
            return;
        }
        if (FacesMessages.attempt(() -> {
            RuleDraft rule = f.toDraft();
            if (f.isAdding()) {
                standards.addRule(code, f.getSection(), rule);
            } else {
                standards.changeRule(code, rule);
            }
            lastSaved = rule.code();
        })) {
            FacesMessages.info(text("draft.saved", lastSaved));
            focus = lastSaved;
            form = null;
            standard = null;
        }
    }

    public void remove(String ruleCode) {
        if (FacesMessages.attempt(() -> standards.removeRule(code, ruleCode))) {
            FacesMessages.info(text("draft.removed", ruleCode));
            focus = null;
            standard = null;
        }
    }

    public String discard() {
        if (FacesMessages.attempt(() -> standards.discardDraft(code))) {
            FacesMessages.info(text("draft.discarded"));
            FacesMessages.keepAcrossRedirect();
            return "/author/standard.xhtml?faces-redirect=true&code=" + code;
        }
        return null;
    }

    /** Whether a rule differs from the published version (or is new), to mark it in the list. */
    public boolean changed(Rule rule) {
        return getStandard().published().flatMap(p -> p.rule(rule.getCode())).map(p -> !p.sameContentAs(rule)).orElse(true);
    }

    public List<Position> getPositions() {
        return organisation.positions();
    }

    public RuleKind[] getKinds() {
        return RuleKind.values();
    }

    private String text(String key, Object... args) {
        return Messages.of("standards", language.getLocale()).get(key, args);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public RuleForm getForm() { return form; }
    public String getLastSaved() { return lastSaved; }
    public String getFocus() { return focus; }
}
