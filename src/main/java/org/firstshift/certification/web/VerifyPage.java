package org.firstshift.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.firstshift.certification.application.Verification;
import org.firstshift.certification.application.VerificationThrottle;

/**
 * The public verification page: the holder's name, certification, dates and status of one
 * certificate, for anyone with its code. An unknown code answers 404 with the same page whatever
 * the reason; too many lookups answer 429.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Verification verification;

    @Inject
    VerificationThrottle throttle;

    private String code;
    private Verification.Verified verified;
    private boolean throttled;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        code = external.getRequestParameterMap().get("code");
        if (!throttle.allow(((HttpServletRequest) external.getRequest()).getRemoteAddr())) {
            throttled = true;
            external.setResponseStatus(429);
            return;
        }
        verified = verification.verify(code).orElse(null);
        if (verified == null) {
            external.setResponseStatus(404);
        }
        external.setResponseHeader("Cache-Control", "no-store");
    }

    public Verification.Verified getVerified() { return verified; }
    public boolean isFound() { return verified != null; }
    public boolean isThrottled() { return throttled; }
    public String getCode() { return code; }
}
