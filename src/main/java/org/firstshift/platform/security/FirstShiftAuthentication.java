package org.firstshift.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.firstshift.platform.security.oidc.CompanySignIn;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * One mechanism for both audiences, because Jakarta Security 3 allows one per application:
 * <ul>
 *   <li>the REST API and machine clients send HTTP Basic on every request (no session is created);</li>
 *   <li>people sign in through the login page, which calls {@code SecurityContext.authenticate};
 *       the result is kept in the HTTP session, whose id is changed at sign-in against fixation.
 *       Every request of that session checks the account again (still active? which roles now?)
 *       and ends the session when it is deactivated or older than the absolute lifetime;</li>
 *   <li>systems and scripts send {@code Authorization: Bearer fs_...} on {@code /api} and
 *       {@code /scim/v2}; a {@link BearerTokens} bean (the integration module) says who that is;</li>
 *   <li>or, when company sign-in (OIDC) is on, with their company account: the provider's answer
 *       arrives at {@code /oidc/callback}, {@link CompanySignIn} checks it, and the result goes into
 *       the session exactly like a password sign-in;</li>
 *   <li>or by a launch from another learning platform (LTI 1.3): a {@link LaunchSignIn} bean checks
 *       the signed message and names the account, which then goes into the session the same way.</li>
 * </ul>
 * An anonymous request for a protected page is sent to the login page; for a protected API
 * resource it gets 401 with a Basic challenge. {@code /xapi} is left to the learning record store,
 * which authenticates its own LRS keys.
 */
@ApplicationScoped
public class FirstShiftAuthentication implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(FirstShiftAuthentication.class.getName());

    static final String SESSION_KEY = "firstshift.caller";
    public static final String REALM = "FirstShift";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CompanySignIn companySignIn;

    @Inject
    jakarta.enterprise.inject.Instance<BearerTokens> bearerTokens;

    @Inject
    jakarta.enterprise.inject.Instance<LaunchSignIn> launches;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Absolute session lifetime: a session ends this long after sign-in, however busy it is. */
    @Inject
    @ConfigProperty(name = "firstshift.security.session.max-hours", defaultValue = "12")
    int maxSessionHours;

    /** Set on requests authenticated by a bearer token (a token may not mint further tokens). */
    public static final String BY_TOKEN = "firstshift.authenticatedByToken";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        if (isXapi(request)) {
            // The learning record store checks its own LRS keys and launch credentials (HTTP Basic
            // that is not a person's password); a person's session or password plays no part there.
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && (isApi(request) || isScim(request))) {
            return bearer(authorization.substring(7).trim(), request, context);
        }
        if (companySignIn.isCallback(request)) {
            // Refused: carry on anonymously; the callback endpoint shows the reason on the login page.
            return companySignIn.finish(request)
                    .map(caller -> remember(request, context, caller.name(), caller.groups()))
                    .orElseGet(context::doNothing);
        }
        if (launches.isResolvable() && launches.get().handles(request)) {
            // A launch from another platform replaces whoever was signed in: it names its own person.
            return launches.get().signIn(request)
                    .map(launched -> remember(request, context, launched.name(), launched.groups()))
                    .orElseGet(context::doNothing);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn caller) {
            Optional<Set<String>> groups = stillSignedIn(caller);
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(caller.name(), groups.get());
            }
            // Deactivated, erased or too old: the session ends here and the request carries on anonymously.
            session.invalidate();
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return challenge(response, context);
            }
            String next = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No sendError here: the login page shows its own message in place.
            return AuthenticationStatus.SEND_FAILURE;
        }
        return remember(request, context, result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    /** Signs a person in for this session, however they proved who they are. */
    private AuthenticationStatus remember(HttpServletRequest request, HttpMessageContext context,
                                          String name, Set<String> groups) {
        // A new session id at sign-in defeats session fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // Only what the account does not hold itself is kept (roles a company sign-in maps from its
        // groups): the account's own roles are read afresh on every request.
        Set<String> accountRoles = accounts.activeRoles(name).map(FirstShiftAuthentication::names).orElse(Set.of());
        Set<String> sessionOnly = new TreeSet<>(groups);
        sessionOnly.removeAll(accountRoles);
        SignedIn caller = new SignedIn(name, Set.copyOf(sessionOnly), clock.millis());
        request.getSession(true).setAttribute(SESSION_KEY, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groupsWith(accountRoles));
    }

    /**
     * The groups of a session's caller for this request, or empty when the session must end: the
     * account was deactivated (by HR, SCIM or an erasure) or is gone, or the session is older than
     * {@code firstshift.security.session.max-hours}. Roles are the account's current ones, so a role
     * taken away stops working with the next request, not at the next sign-in. One indexed query,
     * no cache, so every node of a cluster sees a change at once.
     */
    Optional<Set<String>> stillSignedIn(SignedIn caller) {
        if (caller.olderThan(Duration.ofHours(maxSessionHours), clock.millis())) {
            LOG.info(() -> "Session of " + caller.name() + " ended: signed in more than " + maxSessionHours + " hours ago");
            return Optional.empty();
        }
        Optional<Set<String>> groups = accounts.activeRoles(caller.name()).map(roles -> caller.groupsWith(names(roles)));
        if (groups.isEmpty()) {
            LOG.info(() -> "Session of " + caller.name() + " ended: the account is no longer active");
        }
        return groups;
    }

    private static Set<String> names(Set<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(r -> names.add(r.name()));
        return names;
    }

    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return challenge(context.getResponse(), context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(context.getResponse(), context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(context.getResponse(), context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A token on {@code /api} or {@code /scim/v2}: valid gives the token's groups for this request only
     * (no session). An unknown token on the API gets 401 with a Bearer challenge; on SCIM the request
     * carries on anonymously so that the SCIM endpoint answers 401 in SCIM's own error format.
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpMessageContext context) {
        var caller = bearerTokens.isResolvable() ? bearerTokens.get().authenticate(token)
                : java.util.Optional.<BearerTokens.TokenCaller>empty();
        if (caller.isPresent()) {
            request.setAttribute(BY_TOKEN, Boolean.TRUE);
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (isScim(request)) {
            return context.doNothing();
        }
        context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    static boolean isXapi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/xapi/") || path.equals("/xapi");
    }

    static boolean isScim(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/scim/v2/") || path.equals("/scim/v2");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }

    /**
     * What the session remembers of a signed-in person: who, the groups given for this session only
     * (a company sign-in's mapped roles; the account's own roles are read on every request), and when
     * they signed in (epoch milliseconds, for the absolute lifetime). Serializable so that sessions
     * can replicate across the cluster.
     */
    record SignedIn(String name, Set<String> sessionGroups, long signedInAt) implements Serializable {

        Set<String> groupsWith(Set<String> accountRoles) {
            Set<String> all = new TreeSet<>(accountRoles);
            all.addAll(sessionGroups);
            return all;
        }

        boolean olderThan(Duration lifetime, long nowMillis) {
            return nowMillis - signedInAt > lifetime.toMillis();
        }
    }
}
