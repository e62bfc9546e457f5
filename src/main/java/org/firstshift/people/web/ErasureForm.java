package org.firstshift.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.privacy.PersonalDataService;
import org.firstshift.platform.web.FacesMessages;

/** The admin's "erase personal data" form on the page of someone who has left. */
@Named
@RequestScoped
public class ErasureForm {

    @Inject
    PersonalDataService personalData;

    @Inject
    LanguageChoice language;

    private String reason;

    public String erase(long employeeId) {
        if (!FacesMessages.attempt(() -> personalData.erase(employeeId, reason))) {
            return null;
        }
        FacesMessages.info(Messages.of("people", language.getLocale()).get("privacy.erased"));
        FacesMessages.keepAcrossRedirect();
        return "/hr/home.xhtml?faces-redirect=true";
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
