package org.firstshift.platform.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who a company sign-in signs in. SSO never creates people: HR (or an import) creates the
 * employee and the login first, and the token's user name must match that active account. The
 * session then holds the account's own roles plus those the token's groups map to; mapped roles
 * last as long as the session and are never written to the account.
 * <p>
 * The authentication mechanism calls {@link #finish} on {@code /oidc/callback}; the outcome is left
 * in a request attribute for {@link OidcEndpoints}, which sends the browser on.
 */
@ApplicationScoped
public class CompanySignIn {
    private static final Logger LOG = Logger.getLogger(CompanySignIn.class.getName());
    static final String OUTCOME = "firstshift.oidc.outcome";
    static final String CALLBACK = "/oidc/callback";

    @Inject
    OidcSettings settings;

    @Inject
    AuthorizationCodeFlow flow;

    @Inject
    Accounts accounts;

    /** A person signed in by their company account: the account's user name and all their roles. */
    public record Caller(String name, Set<String> groups) {
    }

    /** Where the browser goes after the callback: the wanted page, or the login page with a reason. */
    record Outcome(String next, Refusal refusal) {
    }

    public boolean isCallback(HttpServletRequest request) {
        return settings.isEnabled()
                && CALLBACK.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Checks the callback; the caller to sign in, or empty with the reason logged at WARNING. */
    public Optional<Caller> finish(HttpServletRequest request) {
        try {
            AuthorizationCodeFlow.Finished finished = flow.finish(request);
            Caller caller = callerFor(finished.identity());
            request.setAttribute(OUTCOME, new Outcome(finished.next(), null));
            LOG.fine(() -> "Company sign-in of " + caller.name() + " with roles " + caller.groups());
            return Optional.of(caller);
        } catch (SignInRefused refused) {
            LOG.warning(() -> "Company sign-in refused (" + refused.refusal().code() + "): " + refused.getMessage());
            request.setAttribute(OUTCOME, new Outcome(null, refused.refusal()));
            return Optional.empty();
        }
    }

    private Caller callerFor(CompanyIdentity identity) throws SignInRefused {
        Account account = accounts.byUsername(identity.username()).filter(Account::isActive)
                .orElseThrow(() -> new SignInRefused(Refusal.UNKNOWN_ACCOUNT, "the token's user '" + identity.username()
                        + "' has no active FirstShift account (HR creates accounts; SSO never does)"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        roles.addAll(settings.roleMapping().rolesFor(identity.claimValues()));
        if (roles.isEmpty()) {
            throw new SignInRefused(Refusal.UNKNOWN_ACCOUNT, "user '" + identity.username() + "' holds no FirstShift role");
        }
        return new Caller(account.getUsername(), roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
    }
}
