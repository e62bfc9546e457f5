package org.firstshift.platform.security.oidc;

import org.firstshift.platform.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which FirstShift roles the values of the token's groups claim grant, from the setting
 * {@code firstshift.oidc.role-mapping}, e.g. {@code fs-learners=LEARNER,fs-hr=HR,fs-leads=MENTOR}.
 * A group may be listed more than once to grant several roles. Group names are matched exactly (as
 * the provider spells them); a claim value that is itself a role name ({@code mentor},
 * {@code MENTOR}) grants that role, so a provider can also send FirstShift's roles directly.
 * Anything else in the claim grants nothing.
 */
public final class RoleMapping {
    private final Map<String, Set<Role>> rolesByGroup;

    private RoleMapping(Map<String, Set<Role>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    public static RoleMapping none() {
        return new RoleMapping(Map.of());
    }

    /**
     * Reads the setting; a mistake (no {@code =}, an empty group, an unknown role) is refused with
     * the offending entry named, so a typo cannot silently grant or withhold a role.
     */
    public static RoleMapping parse(String setting) {
        Map<String, Set<Role>> rolesByGroup = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return none();
        }
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            // The last '=' separates, so a group name may itself contain '=' (cn=fs-hr).
            int eq = entry.lastIndexOf('=');
            String group = eq < 0 ? "" : entry.substring(0, eq).strip();
            String roleName = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("role mapping entry '" + entry.strip()
                        + "' must look like group=ROLE");
            }
            Role role = Role.parse(roleName).orElseThrow(() -> new IllegalArgumentException(
                    "role mapping entry '" + entry.strip() + "' names no FirstShift role; roles are "
                            + java.util.Arrays.toString(Role.values())));
            rolesByGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role);
        }
        return new RoleMapping(Map.copyOf(rolesByGroup));
    }

    /** The roles these claim values grant (empty when none do). */
    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            roles.addAll(rolesByGroup.getOrDefault(value, Set.of()));
            Role.parse(value).ifPresent(roles::add);
        }
        return roles;
    }

    /** How many groups are mapped, for the start-up log line. */
    public int size() {
        return rolesByGroup.size();
    }
}
