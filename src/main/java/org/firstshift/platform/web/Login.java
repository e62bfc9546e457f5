package org.firstshift.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.NextPage;
import org.firstshift.platform.security.oidc.Refusal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page: the password form, checked through Jakarta Security, and (when company sign-in
 * is on) the link to it with the reason a company sign-in was refused.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.of("platform", language.getLocale()).get("login.failed"), null));
        }
    }

    /** Only same-application paths, so the login page cannot be used to redirect elsewhere. */
    private String safeNext() {
        return NextPage.within(next);
    }

    /** Where the company sign-in button leads, carrying the page the person asked for. */
    public String getSsoHref() {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/oidc/login";
        String wanted = safeNext();
        return NextPage.HOME.equals(wanted) ? path : path + "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }

    /** Why the last company sign-in failed ({@code ?sso=code}), in the person's language; null if it did not. */
    public String getSsoRefusal() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        return Refusal.ofCode(code)
                .map(r -> Messages.of("platform", language.getLocale()).get(r.messageKey()))
                .orElse(null);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
