package org.firstshift.integration.domain;

import org.firstshift.platform.security.Role;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a token may do. Role scopes (lower-case role names) let a token act in that role, if its
 * account still holds it; {@code scim} and {@code webhooks} are system scopes for service tokens
 * and only work while the admin who created the token is still an admin.
 */
public final class Scope {
    public static final String SCIM = "scim";
    public static final String WEBHOOKS = "webhooks";
    /** The group (container role) a system scope gives; declared in web.xml. */
    public static final String SCIM_GROUP = "SCIM";
    public static final String WEBHOOKS_GROUP = "WEBHOOKS";

    private Scope() {
    }

    public static Set<String> systemScopes() {
        return Set.of(SCIM, WEBHOOKS);
    }

    /** Every scope a token can carry, roles first. */
    public static Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        Arrays.stream(Role.values()).forEach(r -> all.add(r.name().toLowerCase(Locale.ROOT)));
        all.add(SCIM);
        all.add(WEBHOOKS);
        return all;
    }

    public static Optional<Role> role(String scope) {
        return systemScopes().contains(scope) ? Optional.empty() : Role.parse(scope);
    }

    /** Normalises and checks a scope name; empty when it is not one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        return all().contains(s) ? Optional.of(s) : Optional.empty();
    }

    /**
     * The groups a token gets right now: its role scopes the account still holds, and its system
     * scopes if the account is still an admin. Never more than the account itself has.
     */
    public static Set<String> groups(Set<String> scopes, Set<Role> accountRoles) {
        Set<String> groups = new LinkedHashSet<>();
        for (String scope : scopes) {
            role(scope).filter(accountRoles::contains).ifPresent(r -> groups.add(r.name()));
            if (accountRoles.contains(Role.ADMIN)) {
                if (SCIM.equals(scope)) {
                    groups.add(SCIM_GROUP);
                }
                if (WEBHOOKS.equals(scope)) {
                    groups.add(WEBHOOKS_GROUP);
                }
            }
        }
        return groups;
    }
}
