package org.firstshift.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.io.IOException;
import java.util.List;

/** The top bar's links (one home per role the person holds), the landing redirect and sign-out. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser user;

    public record Link(String role, String href) {
    }

    public List<Link> getHomes() {
        return java.util.Arrays.stream(Role.values()).filter(user::holds)
                .map(r -> new Link(r.name(), r.homePage())).toList();
    }

    /** {@code /}: the sign-in page for strangers, the right home for everyone else. */
    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (user.isSignedIn() ? user.homePage() : "/login.xhtml"));
    }

    /** Already signed in people skip the sign-in page. */
    public void skipLoginIfSignedIn() throws IOException {
        if (user.isSignedIn()) {
            route();
        }
    }

    public String signOut() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }
}
