package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.platform.content.ContentBootstrap;
import org.firstshift.platform.content.ContentContext;
import org.firstshift.platform.content.ContentSection;
import org.firstshift.platform.content.YamlMap;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.security.Usernames;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code people.yaml}: employees with their logins, and who mentors whom. Dates can be absolute
 * ({@code hire_date: 2026-03-01}) or relative to the day of loading ({@code hired_days_ago: 2}),
 * so a demo company always has a fresh new hire. Passwords may appear only in demo content.
 */
@ApplicationScoped
public class PeopleContent implements ContentSection, ContentBootstrap.EmptinessProbe {
    static final String EMPLOYEE = "employee";
    static final String USERNAME = "username";

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    Mentoring mentoring;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    public String file() {
        return "people.yaml";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean isEmpty() {
        return people.count() == 0;
    }

    @Override
    public void check(YamlMap root, ContentContext context) {
        root.allowOnly("employees", "mentoring");
        for (YamlMap e : root.maps("employees")) {
            e.allowOnly("personnel_number", "full_name", "email", "hire_date", "hired_days_ago", "position",
                    "location", "pay_grade", "language", "login");
            String number = e.text("personnel_number");
            if (!number.isEmpty() && !context.declare(EMPLOYEE, number)) {
                e.problem("personnel_number", "'" + number + "' appears twice");
            }
            e.text("full_name");
            hireDate(e);
            known(e, "position", OrganisationContent.POSITION, context, true);
            known(e, "location", OrganisationContent.LOCATION, context, true);
            known(e, "pay_grade", OrganisationContent.PAY_GRADE, context, false);
            e.optionalText("language").filter(l -> Languages.supported(l).isEmpty())
                    .ifPresent(l -> e.problem("language", "'" + l + "' is not supported (en or ru)"));
            e.optionalMap("login").ifPresent(login -> checkLogin(login, number, context));
        }
        for (YamlMap m : root.maps("mentoring")) {
            m.allowOnly("mentor", "trainee", "starts_on", "starts_days_ago", "ends_on");
            for (String who : new String[]{"mentor", "trainee"}) {
                String number = m.text(who);
                if (!number.isEmpty() && !context.isDeclared(EMPLOYEE, number) && people.byPersonnelNumber(number).isEmpty()) {
                    m.problem(who, "unknown employee '" + number + "'");
                }
            }
            if (m.text("mentor").equals(m.text("trainee")) && !m.text("mentor").isEmpty()) {
                m.problem("a person cannot mentor themselves");
            }
            startDate(m);
        }
    }

    private void checkLogin(YamlMap login, String number, ContentContext context) {
        login.allowOnly("username", "password", "roles");
        String username = login.text("username");
        if (!username.isEmpty()) {
            if (!Usernames.isValid(username)) {
                login.problem("username", "'" + username + "' is not a valid user name");
            } else if (!context.declare(USERNAME, username)) {
                login.problem("username", "'" + username + "' appears twice");
            } else {
                Optional<Account> taken = accounts.byUsername(username);
                Optional<Employee> owner = taken.map(Account::getEmployeeId).flatMap(id -> id == null ? Optional.empty() : people.find(id));
                if (taken.isPresent() && owner.map(o -> !o.getPersonnelNumber().equals(number)).orElse(true)) {
                    login.problem("username", "'" + username + "' already belongs to someone else");
                }
            }
        }
        if (login.has("password") && !context.isDemo()) {
            login.problem("password", "passwords may only appear in demo content (company.yaml demo: true)");
        }
        for (String role : login.texts("roles")) {
            if (Role.parse(role).isEmpty()) {
                login.problem("roles", "unknown role '" + role + "' (known: LEARNER, MENTOR, HR, AUDITOR, AUTHOR, ADMIN)");
            }
        }
    }

    private void known(YamlMap e, String field, String kind, ContentContext context, boolean required) {
        Optional<String> code = required ? Optional.of(e.text(field)).filter(c -> !c.isEmpty()) : e.optionalText(field);
        code.ifPresent(c -> {
            boolean exists = context.isDeclared(kind, c) || switch (kind) {
                case OrganisationContent.POSITION -> organisation.position(c).isPresent();
                case OrganisationContent.LOCATION -> organisation.location(c).isPresent();
                default -> organisation.payGrade(c).isPresent();
            };
            if (!exists) {
                e.problem(field, "unknown " + field.replace('_', ' ') + " '" + c + "'");
            }
        });
    }

    private LocalDate hireDate(YamlMap e) {
        if (e.has("hired_days_ago")) {
            return LocalDate.now(clock).minusDays(e.integer("hired_days_ago", 0));
        }
        return e.date("hire_date");
    }

    private LocalDate startDate(YamlMap m) {
        if (m.has("starts_days_ago")) {
            return LocalDate.now(clock).minusDays(m.integer("starts_days_ago", 0));
        }
        return m.date("starts_on");
    }

    @Override
    public void load(YamlMap root, ContentContext context) {
        for (YamlMap e : root.maps("employees")) {
            EmployeeDetails details = people.details(e.text("full_name"), e.optionalText("email").orElse(null),
                    hireDate(e), e.text("position"), e.text("location"), e.optionalText("pay_grade").orElse(null),
                    e.optionalText("language").orElse("en"));
            String number = e.text("personnel_number");
            Employee employee = people.byPersonnelNumber(number)
                    .map(existing -> people.update(existing.getId(), details))
                    .orElseGet(() -> people.create(new NewEmployee(number, details, null, Set.of(), null)));
            e.optionalMap("login").ifPresent(login -> loadLogin(login, employee, context));
        }
        for (YamlMap m : root.maps("mentoring")) {
            Employee mentor = people.byPersonnelNumber(m.text("mentor")).orElseThrow();
            Employee trainee = people.byPersonnelNumber(m.text("trainee")).orElseThrow();
            LocalDate start = startDate(m);
            if (!mentoring.mentors(mentor.getId(), trainee.getId(), start)) {
                mentoring.assign(mentor.getId(), trainee.getId(), start, m.optionalDate("ends_on").orElse(null));
            }
        }
    }

    private void loadLogin(YamlMap login, Employee employee, ContentContext context) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        login.texts("roles").forEach(r -> Role.parse(r).ifPresent(roles::add));
        if (roles.isEmpty()) {
            roles.add(Role.LEARNER);
        }
        String username = login.text("username");
        Account account = accounts.byUsername(username).orElseGet(() -> accounts.create(username, roles, employee.getId()));
        account.changeRoles(roles);
        account.linkTo(employee.getId());
        if (context.isDemo()) {
            login.optionalText("password").ifPresent(pw -> accounts.setPasswordUnchecked(account, pw));
        }
    }
}
