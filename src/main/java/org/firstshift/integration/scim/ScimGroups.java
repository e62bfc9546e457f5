package org.firstshift.integration.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SCIM Groups are FirstShift's roles (not positions: positions are an attribute of the employee
 * that HR systems send with the user, roles are what an identity system assigns by group). The six
 * groups always exist; they cannot be created or deleted. Membership changes go through
 * {@link People#changeRoles}, which audits them. ADMIN cannot be granted or taken away through
 * SCIM: a provisioning credential must not be able to make admins.
 */
@ApplicationScoped
public class ScimGroups {

    @Inject
    Accounts accounts;

    @Inject
    People people;

    public Role role(String id) {
        return Role.parse(id).filter(r -> r.name().equals(id))
                .orElseThrow(() -> ScimException.notFound("no Group with id '" + id + "' (groups are the roles "
                        + java.util.Arrays.toString(Role.values()) + ")"));
    }

    @Transactional
    public Map<String, Object> get(String id, String base) {
        return resource(role(id), base);
    }

    @Transactional
    public List<Map<String, Object>> list(String filter, String base) {
        ScimFilter.Node node = filter == null || filter.isBlank() ? null : ScimFilter.parse(filter, ScimSchemas.GROUP);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Role r : Role.values()) {
            Map<String, Object> g = resource(r, base);
            if (node == null || node.test(g)) {
                out.add(g);
            }
        }
        return out;
    }

    @Transactional
    public Map<String, Object> patch(String id, Map<String, Object> patch, String base) {
        Role role = role(id);
        Map<String, Object> current = resource(role, base);
        ScimPatch.apply(current, patch, ScimSchemas.GROUP);
        return replace(id, current, base);
    }

    @Transactional
    public Map<String, Object> replace(String id, Map<String, Object> in, String base) {
        Role role = role(id);
        Object name = Tree.get(in, "displayName");
        if (name != null && !role.name().equals(name)) {
            throw ScimException.mutability("a group's displayName is its role and cannot change");
        }
        Set<Long> wanted = memberIds(in);
        Set<Long> holding = currentMembers(role);
        if (!wanted.equals(holding) && role == Role.ADMIN) {
            throw ScimException.mutability("ADMIN cannot be granted or removed through SCIM; an admin does it in FirstShift");
        }
        for (Long employeeId : wanted) {
            if (!holding.contains(employeeId)) {
                Account a = loginOf(employeeId);
                Set<Role> roles = a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles());
                roles.add(role);
                people.changeRoles(employeeId, roles);
            }
        }
        for (Long employeeId : holding) {
            if (!wanted.contains(employeeId)) {
                Account a = loginOf(employeeId);
                Set<Role> roles = EnumSet.copyOf(a.getRoles());
                roles.remove(role);
                people.changeRoles(employeeId, roles);
            }
        }
        return resource(role, base);
    }

    private Account loginOf(long employeeId) {
        return people.loginOf(employeeId)
                .orElseThrow(() -> ScimException.invalidValue("User " + employeeId + " has no login, so it cannot hold a role"));
    }

    private Set<Long> memberIds(Map<String, Object> in) {
        Set<Long> ids = new LinkedHashSet<>();
        Object members = Tree.get(in, "members");
        if (members == null) {
            return ids;
        }
        if (!(members instanceof List<?> list)) {
            throw ScimException.invalidValue("'members' must be an array");
        }
        for (Object o : list) {
            Map<String, Object> m = Tree.map(o);
            String value = m == null ? null : ScimUsers.text(m, "value");
            if (value == null) {
                throw ScimException.invalidValue("every member needs a \"value\" (a User id)");
            }
            Optional<Employee> e;
            try {
                e = people.find(Long.parseLong(value));
            } catch (NumberFormatException bad) {
                e = Optional.empty();
            }
            ids.add(e.orElseThrow(() -> ScimException.invalidValue("member '" + value + "' is not a User")).getId());
        }
        return ids;
    }

    private Set<Long> currentMembers(Role role) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Account a : accounts.holding(role)) {
            if (a.getEmployeeId() != null) {
                ids.add(a.getEmployeeId());
            }
        }
        return ids;
    }

    private Map<String, Object> resource(Role role, String base) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("schemas", List.of(ScimSchemas.GROUP));
        g.put("id", role.name());
        g.put("displayName", role.name());
        List<Object> members = new ArrayList<>();
        for (Account a : accounts.holding(role)) {
            if (a.getEmployeeId() == null) {
                continue;
            }
            people.find(a.getEmployeeId()).ifPresent(e -> members.add(new LinkedHashMap<>(Map.of(
                    "value", String.valueOf(e.getId()), "display", e.getFullName(), "$ref", base + "/Users/" + e.getId()))));
        }
        g.put("members", members);
        g.put("meta", new LinkedHashMap<>(Map.of("resourceType", "Group", "location", base + "/Groups/" + role.name())));
        return g;
    }
}
