package org.firstshift.platform.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * The two addresses of the company sign-in, both open to anonymous callers (404 while SSO is off):
 * <ul>
 *   <li>{@code GET /oidc/login?next=/page} sends the browser to the provider;</li>
 *   <li>{@code GET /oidc/callback} is where the provider sends it back. By the time this servlet
 *       runs, the authentication mechanism has already checked the answer and signed the person in
 *       (or not); this only sends the browser on, to the wanted page or to the login page with the
 *       reason.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/oidc/login", CompanySignIn.CALLBACK})
public class OidcEndpoints extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(OidcEndpoints.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    AuthorizationCodeFlow flow;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (CompanySignIn.CALLBACK.equals(request.getServletPath())) {
            afterCallback(request, response);
        } else {
            try {
                response.sendRedirect(flow.start(request.getSession(true), request.getParameter("next")).toString());
            } catch (SignInRefused refused) {
                LOG.warning(() -> "Company sign-in cannot start (" + refused.refusal().code() + "): " + refused.getMessage());
                toLoginPage(request, response, refused.refusal());
            }
        }
    }

    private static void afterCallback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(CompanySignIn.OUTCOME) instanceof CompanySignIn.Outcome outcome
                && outcome.refusal() == null && request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + outcome.next());
        } else {
            Refusal refusal = request.getAttribute(CompanySignIn.OUTCOME) instanceof CompanySignIn.Outcome outcome
                    && outcome.refusal() != null ? outcome.refusal() : Refusal.FAILED;
            toLoginPage(request, response, refusal);
        }
    }

    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + refusal.code());
    }
}
