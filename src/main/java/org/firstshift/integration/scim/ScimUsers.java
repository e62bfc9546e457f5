package org.firstshift.integration.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.ScimLink;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.NewEmployee;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.security.Usernames;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SCIM Users are employees. Creating and changing go through {@link People} (which audits and fires
 * {@code EmployeeChanged}, so the learning module re-evaluates program assignment); the SCIM-only
 * facts (externalId, manager, meta times) live in {@link ScimLink}. A PATCH is applied to the
 * current representation and then saved like a PUT.
 */
@ApplicationScoped
public class ScimUsers {
    private static final Pattern USERNAME_EQ = Pattern.compile("(?i)^\\s*userName\\s+eq\\s+\"([^\"\\\\]*)\"\\s*$");

    @Inject
    People people;

    @Inject
    ScimLinks links;

    @Inject
    Clock clock;

    public record Page(int total, int startIndex, List<Map<String, Object>> resources) {
    }

    // ---- reading ---------------------------------------------------------------------------

    @Transactional
    public Map<String, Object> get(String id, String base) {
        Employee e = employee(id);
        return resource(e, people.loginOf(e.getId()).orElse(null), links.of(e.getId()), base);
    }

    /**
     * Filters, sorts and pages. The filter is evaluated on the SCIM representation, so every
     * attribute can be filtered; the common {@code userName eq "x"} look-up of provisioning clients
     * goes straight to the account.
     */
    @Transactional
    public Page list(String filter, String sortBy, String sortOrder, int startIndex, int count, String base) {
        ScimFilter.Node node = filter == null || filter.isBlank() ? null : ScimFilter.parse(filter, ScimSchemas.USER);
        List<Map<String, Object>> all = new ArrayList<>();
        Matcher byName = filter == null ? null : USERNAME_EQ.matcher(filter);
        if (byName != null && byName.matches()) {
            people.byUsername(byName.group(1).toLowerCase(Locale.ROOT))
                    .ifPresent(e -> all.add(resource(e, people.loginOf(e.getId()).orElse(null), links.of(e.getId()), base)));
        } else {
            Map<Long, ScimLink> known = links.all();
            for (Employee e : people.search(new EmployeeQuery(null, null, null, true, 0, Integer.MAX_VALUE))) {
                ScimLink link = known.containsKey(e.getId()) ? known.get(e.getId()) : links.of(e.getId());
                Map<String, Object> r = resource(e, people.loginOf(e.getId()).orElse(null), link, base);
                if (node == null || node.test(r)) {
                    all.add(r);
                }
            }
        }
        if (sortBy != null && !sortBy.isBlank()) {
            AttributePath path = AttributePath.parse(sortBy);
            Comparator<Map<String, Object>> order = Comparator.comparing(
                    r -> ScimFilter.values(r, path, ScimSchemas.USER).stream().findFirst().map(v -> v.toString().toLowerCase(Locale.ROOT)).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            all.sort("descending".equalsIgnoreCase(sortOrder) ? order.reversed() : order);
        }
        int from = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, ScimSchemas.MAX_RESULTS));
        List<Map<String, Object>> page = all.stream().skip(from - 1L).limit(size).collect(Collectors.toList());
        return new Page(all.size(), from, page);
    }

    // ---- writing ---------------------------------------------------------------------------

    @Transactional
    public Map<String, Object> create(Map<String, Object> in, String base) {
        String userName = userName(in);
        Map<String, Object> enterprise = extension(in, ScimSchemas.ENTERPRISE);
        String number = text(enterprise, "employeeNumber");
        if (number == null) {
            throw ScimException.invalidValue(ScimSchemas.ENTERPRISE + ":employeeNumber (the personnel number) is required");
        }
        if (usernameTaken(userName)) {
            throw ScimException.uniqueness("userName '" + userName + "' is already taken");
        }
        if (people.byPersonnelNumber(number).isPresent()) {
            throw ScimException.uniqueness("employeeNumber '" + number + "' belongs to another employee");
        }
        EmployeeDetails details = details(in, null);
        Employee e;
        try {
            e = people.create(new NewEmployee(number, details, userName, Set.of(Role.LEARNER), null));
        } catch (InvalidInputException taken) {
            // A login without an employee, or a race with another request: the people module's own check.
            throw ScimException.uniqueness(taken.getMessage());
        }
        ScimLink link = links.of(e.getId());
        link.link(text(in, "externalId"), manager(enterprise, e.getId()), clock.instant());
        if (Boolean.FALSE.equals(active(in))) {
            people.deactivate(e.getId());
        }
        return resource(e, people.loginOf(e.getId()).orElse(null), link, base);
    }

    @Transactional
    public Map<String, Object> replace(String id, Map<String, Object> in, String base) {
        Employee e = employee(id);
        Optional<Account> login = people.loginOf(e.getId());
        String userName = userName(in);
        String current = login.map(Account::getUsername).orElse(e.getPersonnelNumber());
        if (!userName.equalsIgnoreCase(current)) {
            throw ScimException.mutability("userName cannot change (it is the login '" + current + "')");
        }
        Map<String, Object> enterprise = extension(in, ScimSchemas.ENTERPRISE);
        String number = text(enterprise, "employeeNumber");
        if (number != null && !number.equals(e.getPersonnelNumber())) {
            throw ScimException.mutability("employeeNumber cannot change (it is '" + e.getPersonnelNumber() + "')");
        }
        EmployeeDetails details = details(in, e);
        if (!details.equals(e.details())) {
            people.update(e.getId(), details);
        }
        Boolean active = active(in);
        if (active != null && active != e.isActive()) {
            if (active) {
                people.reactivate(e.getId());
            } else {
                people.deactivate(e.getId());
            }
        }
        ScimLink link = links.of(e.getId());
        link.link(text(in, "externalId"), manager(enterprise, e.getId()), clock.instant());
        return resource(people.get(e.getId()), people.loginOf(e.getId()).orElse(null), link, base);
    }

    @Transactional
    public Map<String, Object> patch(String id, Map<String, Object> patch, String base) {
        Map<String, Object> current = get(id, base);
        ScimPatch.apply(current, patch, ScimSchemas.USER);
        return replace(id, current, base);
    }

    /** DELETE: the employee and their login are deactivated, never deleted; history stays. */
    @Transactional
    public void deactivate(String id) {
        Employee e = employee(id);
        if (e.isActive()) {
            people.deactivate(e.getId());
        }
        links.of(e.getId()).touch(clock.instant());
    }

    // ---- mapping ---------------------------------------------------------------------------

    private boolean usernameTaken(String userName) {
        return people.byUsername(userName).isPresent();
    }

    Employee employee(String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ScimException.notFound("no User with id '" + id + "'");
        }
        return people.find(n).orElseThrow(() -> ScimException.notFound("no User with id '" + id + "'"));
    }

    static String userName(Map<String, Object> in) {
        String u = text(in, "userName");
        if (u == null) {
            throw ScimException.invalidValue("userName is required");
        }
        u = u.toLowerCase(Locale.ROOT);
        if (!Usernames.isValid(u)) {
            throw ScimException.invalidValue("userName '" + u + "' must be 2-100 characters: letters, digits, '.', '_', '@' or '-'");
        }
        return u;
    }

    static String text(Map<String, Object> m, String name) {
        if (m == null) {
            return null;
        }
        Object v = Tree.get(m, name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw ScimException.invalidValue("'" + name + "' must be a string");
        }
        return s.isBlank() ? null : s.strip();
    }

    static Map<String, Object> extension(Map<String, Object> in, String schema) {
        Object v = Tree.get(in, schema);
        if (v != null && Tree.map(v) == null) {
            throw ScimException.invalidValue("'" + schema + "' must be an object");
        }
        return Tree.map(v);
    }

    static Boolean active(Map<String, Object> in) {
        Object v = Tree.get(in, "active");
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        // Some provisioning clients (Azure AD among them) send "True"/"False" as strings.
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw ScimException.invalidValue("'active' must be true or false");
    }

    private String manager(Map<String, Object> enterprise, long self) {
        Object m = enterprise == null ? null : Tree.get(enterprise, "manager");
        if (m == null) {
            return null;
        }
        String value = m instanceof String s ? s : text(Tree.map(m), "value");
        if (value == null) {
            return null;
        }
        Employee manager = employee(value.strip());
        if (manager.getId() == self) {
            throw ScimException.invalidValue("an employee cannot be their own manager");
        }
        return String.valueOf(manager.getId());
    }

    /** The employee's details from a representation; the FirstShift extension may be left out on updates. */
    EmployeeDetails details(Map<String, Object> in, Employee existing) {
        Map<String, Object> name = Tree.map(Tree.get(in, "name"));
        String fullName = text(name, "formatted");
        if (fullName == null && name != null) {
            String given = text(name, "givenName");
            String family = text(name, "familyName");
            fullName = given == null ? family : family == null ? given : given + " " + family;
        }
        if (fullName == null) {
            fullName = text(in, "displayName");
        }
        if (fullName == null) {
            throw ScimException.invalidValue("a name is required: name.formatted, name.givenName/familyName or displayName");
        }
        String email = email(in);
        String language = text(in, "preferredLanguage");
        language = language == null ? (existing == null ? "en" : existing.getLanguage())
                : language.substring(0, Math.min(2, language.length())).toLowerCase(Locale.ROOT);
        Map<String, Object> fs = extension(in, ScimSchemas.FIRSTSHIFT);
        LocalDate hireDate;
        String position;
        String location;
        String payGrade;
        if (fs == null && existing != null) {
            hireDate = existing.getHireDate();
            position = existing.getPosition().getCode();
            location = existing.getLocation().getCode();
            payGrade = existing.getPayGrade() == null ? null : existing.getPayGrade().getCode();
        } else {
            List<String> missing = new ArrayList<>();
            String hire = text(fs, "hireDate");
            position = text(fs, "position");
            location = text(fs, "location");
            payGrade = text(fs, "payGrade");
            if (hire == null) {
                missing.add("hireDate");
            }
            if (position == null) {
                missing.add("position");
            }
            if (location == null) {
                missing.add("location");
            }
            if (!missing.isEmpty()) {
                throw ScimException.invalidValue(ScimSchemas.FIRSTSHIFT + " needs " + String.join(", ", missing));
            }
            try {
                hireDate = LocalDate.parse(hire);
            } catch (DateTimeParseException bad) {
                throw ScimException.invalidValue("hireDate '" + hire + "' is not a date (YYYY-MM-DD)");
            }
        }
        try {
            return people.details(fullName, email, hireDate, position, location, payGrade, language);
        } catch (InvalidInputException bad) {
            throw ScimException.invalidValue(bad.problems().stream().map(ProblemItem::message).collect(Collectors.joining("; ")));
        }
    }

    private static String email(Map<String, Object> in) {
        Object v = Tree.get(in, "emails");
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw ScimException.invalidValue("'emails' must be an array");
        }
        String first = null;
        for (Object o : list) {
            Map<String, Object> m = Tree.map(o);
            String value = m == null ? null : text(m, "value");
            if (value == null) {
                continue;
            }
            if (!value.contains("@")) {
                throw ScimException.invalidValue("'" + value + "' is not an e-mail address");
            }
            if (Boolean.TRUE.equals(Tree.get(m, "primary"))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }

    static Map<String, Object> resource(Employee e, Account login, ScimLink link, String base) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schemas", List.of(ScimSchemas.USER, ScimSchemas.ENTERPRISE, ScimSchemas.FIRSTSHIFT));
        r.put("id", String.valueOf(e.getId()));
        if (link.getExternalId() != null) {
            r.put("externalId", link.getExternalId());
        }
        r.put("userName", login == null ? e.getPersonnelNumber() : login.getUsername());
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("formatted", e.getFullName());
        int space = e.getFullName().lastIndexOf(' ');
        if (space > 0) {
            name.put("givenName", e.getFullName().substring(0, space));
            name.put("familyName", e.getFullName().substring(space + 1));
        } else {
            name.put("familyName", e.getFullName());
        }
        r.put("name", name);
        r.put("displayName", e.getFullName());
        if (e.getEmail() != null) {
            r.put("emails", List.of(new LinkedHashMap<>(Map.of("value", e.getEmail(), "type", "work", "primary", true))));
        }
        r.put("preferredLanguage", e.getLanguage());
        r.put("active", e.isActive());
        if (login != null) {
            List<Object> groups = new ArrayList<>();
            login.roleNames().forEach(role -> groups.add(new LinkedHashMap<>(Map.of("value", role, "display", role,
                    "$ref", base + "/Groups/" + role))));
            r.put("groups", groups);
        }
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("employeeNumber", e.getPersonnelNumber());
        if (link.getManagerId() != null) {
            enterprise.put("manager", new LinkedHashMap<>(Map.of("value", link.getManagerId(),
                    "$ref", base + "/Users/" + link.getManagerId())));
        }
        r.put(ScimSchemas.ENTERPRISE, enterprise);
        Map<String, Object> fs = new LinkedHashMap<>();
        fs.put("hireDate", e.getHireDate().toString());
        fs.put("position", e.getPosition().getCode());
        fs.put("location", e.getLocation().getCode());
        if (e.getPayGrade() != null) {
            fs.put("payGrade", e.getPayGrade().getCode());
        }
        r.put(ScimSchemas.FIRSTSHIFT, fs);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceType", "User");
        meta.put("created", link.getCreatedAt().toString());
        meta.put("lastModified", link.getLastModified().toString());
        meta.put("location", base + "/Users/" + e.getId());
        meta.put("version", "W/\"" + e.getVersion() + "-" + link.getVersion() + "-" + (login == null ? 0 : login.getVersion()) + "\"");
        r.put("meta", meta);
        return r;
    }
}
