package org.firstshift.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.firstshift.platform.api.PermissionDeniedException;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may hand out which roles and look after whose login. The one place this is decided, so that
 * every way in (pages, the REST API, the CSV import, SCIM) is held to the same rule:
 * <ul>
 *   <li>an ADMIN may grant any role and manage any account;</li>
 *   <li>HR may grant only {@link #HR_GRANTABLE} (LEARNER, MENTOR) and may set the password of,
 *       change, deactivate or reactivate only accounts that hold nothing more. An account holding
 *       HR, AUTHOR, AUDITOR or ADMIN is an admin's business: otherwise HR could set the admin's
 *       password and sign in as the admin;</li>
 *   <li>a SCIM provisioning token (created by an admin, valid only while that admin is one) may do
 *       what an admin does except anything touching ADMIN: granting or removing ADMIN, or managing
 *       an account that holds it;</li>
 *   <li>the system itself (no caller: content loading, nightly jobs) is not limited, as in the
 *       audit trail, which names it "system".</li>
 * </ul>
 * Refusals are {@link PermissionDeniedException}s (403 on the API, an error message on pages).
 */
@ApplicationScoped
public class RoleGrants {

    /** The roles HR hands out: the people HR hires learn, and some of them mentor. */
    public static final Set<Role> HR_GRANTABLE = EnumSet.of(Role.LEARNER, Role.MENTOR);
    static final String SCIM_GROUP = "SCIM";

    @Inject
    SecurityContext security;

    /** What kind of caller is asking; decides the rule. */
    enum Caller { SYSTEM, ADMIN, PROVISIONING, HR, OTHER }

    Caller caller() {
        try {
            if (security.getCallerPrincipal() == null) {
                return Caller.SYSTEM;
            }
        } catch (RuntimeException outsideRequest) {
            return Caller.SYSTEM; // a timer or startup code: there is no request, so no person asking
        }
        if (security.isCallerInRole(Role.ADMIN_ROLE)) {
            return Caller.ADMIN;
        }
        if (security.isCallerInRole(SCIM_GROUP)) {
            return Caller.PROVISIONING;
        }
        return security.isCallerInRole(Role.HR_ROLE) ? Caller.HR : Caller.OTHER;
    }

    /** The roles of {@code wanted} this caller may not grant (empty when all are fine). */
    public Set<Role> refused(Set<Role> wanted) {
        return refused(caller(), wanted);
    }

    static Set<Role> refused(Caller caller, Set<Role> wanted) {
        Set<Role> refused = EnumSet.noneOf(Role.class);
        for (Role r : wanted) {
            boolean ok = switch (caller) {
                case SYSTEM, ADMIN -> true;
                case PROVISIONING -> r != Role.ADMIN;
                case HR -> HR_GRANTABLE.contains(r);
                case OTHER -> false;
            };
            if (!ok) {
                refused.add(r);
            }
        }
        return refused;
    }

    /** Whether this caller may look after an account holding {@code held} (password, roles, activity). */
    static boolean mayManage(Caller caller, Set<Role> held) {
        return refused(caller, held).isEmpty();
    }

    /** Refuses (403) granting any role of {@code wanted} this caller may not grant. */
    public void requireMayGrant(Set<Role> wanted) {
        Set<Role> refused = refused(wanted);
        if (!refused.isEmpty()) {
            throw new PermissionDeniedException("roles", "you may not grant the role(s) " + names(refused)
                    + "; " + onlyThese());
        }
    }

    /**
     * Refuses (403) looking after an account (its password, roles, activity) that holds a role this
     * caller may not grant; {@code what} says what was attempted, for the message.
     */
    public void requireMayManage(Account account, String what) {
        Caller caller = caller();
        if (!mayManage(caller, account.getRoles())) {
            throw new PermissionDeniedException("username", "you may not " + what + " of '" + account.getUsername()
                    + "', who holds " + names(refused(caller, account.getRoles())) + "; " + onlyThese());
        }
    }

    /** Refuses (403) changing an account's roles unless the caller may manage it and grant the new roles. */
    public void requireMayChangeRoles(Account account, Set<Role> newRoles) {
        requireMayManage(account, "change the roles");
        requireMayGrant(newRoles);
    }

    private String onlyThese() {
        return switch (caller()) {
            case HR -> "HR may grant and manage only " + names(HR_GRANTABLE) + "; an administrator does the rest";
            case PROVISIONING -> "ADMIN is granted and managed only by an administrator in FirstShift";
            default -> "only an administrator may";
        };
    }

    static String names(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::name).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /** For lists of problems (an import): the same wording as {@link #requireMayGrant}. */
    public String refusalMessage(Set<Role> refused) {
        return "you may not grant the role(s) " + names(refused) + "; " + onlyThese();
    }
}
