package org.firstshift.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotFoundException;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking, for pages and resources alike: the user name, their roles and their account.
 * Modules use this instead of reading the container's principal themselves.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Account account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public boolean holds(Role role) {
        return security.isCallerInRole(role.name());
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::holds).toList();
    }

    public Optional<Account> account() {
        if (account == null && isSignedIn()) {
            account = accounts.byUsername(getUsername()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /** The employee behind this login, if the login belongs to one. */
    public Optional<Long> employeeId() {
        return account().map(Account::getEmployeeId);
    }

    /**
     * The employee behind this login, for the "my ..." resources: a login without one (a pure admin
     * account, say) gets 404, as there is nothing of theirs to show.
     */
    public long requireEmployeeId() {
        return employeeId().orElseThrow(() -> new NotFoundException("your login has no employee profile"));
    }

    /** The page a person lands on: the home of their most senior role. */
    public String homePage() {
        return Role.homePriority().stream().filter(this::holds).findFirst()
                .map(Role::homePage).orElse("/login.xhtml");
    }
}
