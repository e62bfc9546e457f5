package org.firstshift.motivation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.motivation.application.Appeals;
import org.firstshift.motivation.application.TierCards;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;

/**
 * The employee's tier card ({@code /learner/tier.xhtml}): tier and pay grade, the explanation, the
 * conditions held and those of the next tier with the values used, progress, a what-if on the
 * next audit's score, and an appeal.
 */
@Named
@ViewScoped
public class TierCardPage implements Serializable {

    @Inject
    CurrentUser user;

    @Inject
    TierCards cards;

    @Inject
    Appeals appeals;

    @Inject
    LanguageChoice language;

    private TierCards.Card card;
    private Integer auditPercent;
    private String whatIf;
    private String comment;

    @PostConstruct
    void load() {
        card = user.employeeId().map(id -> {
            try {
                return cards.current(id, language.getLocale());
            } catch (RuntimeException none) {
                return null;
            }
        }).orElse(null);
        if (card != null && card.whatIfAuditPercent() != null) {
            auditPercent = card.whatIfAuditPercent();
        }
    }

    public void tryWhatIf() {
        if (auditPercent == null || auditPercent < 0 || auditPercent > 100) {
            FacesMessages.error(text("card.whatIf.range"));
            return;
        }
        user.employeeId().ifPresent(id -> whatIf = cards.whatIfAudit(id, auditPercent, language.getLocale()));
    }

    public void appeal() {
        user.employeeId().ifPresent(id -> {
            if (FacesMessages.attempt(() -> appeals.open(id, comment))) {
                FacesMessages.info(text("card.appeal.sent"));
                comment = null;
            }
        });
    }

    private String text(String key) {
        return Messages.of("motivation", language.getLocale()).get(key);
    }

    public TierCards.Card getCard() { return card; }
    public Integer getAuditPercent() { return auditPercent; }
    public void setAuditPercent(Integer auditPercent) { this.auditPercent = auditPercent; }
    public String getWhatIf() { return whatIf; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
