package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.security.RoleGrants;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Employees and their logins: find, create, change, deactivate. Every change is audited in the
 * same transaction and announced as an {@link EmployeeChanged} event (programs listen to re-assign
 * on a move).
 */
@ApplicationScoped
public class People {
    static final String ENTITY = "Employee";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    Accounts accounts;

    @Inject
    java.time.Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<EmployeeChanged> changed;

    @Inject
    RoleGrants grants;

    public Optional<Employee> find(long id) {
        return Optional.ofNullable(em.find(Employee.class, id));
    }

    public Employee get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no employee with id " + id));
    }

    public Optional<Employee> byPersonnelNumber(String number) {
        return em.createNamedQuery("Employee.findByPersonnelNumber", Employee.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Employee> byUsername(String username) {
        return accounts.byUsername(username).map(Account::getEmployeeId).flatMap(id -> id == null ? Optional.empty() : find(id));
    }

    /**
     * Employees whose e-mail address is {@code email}, compared without case (an LTI launch links
     * a platform's user to an employee this way). Usually one; callers refuse when there are several.
     */
    public List<Employee> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Employee e WHERE LOWER(e.email) = :email", Employee.class)
                .setParameter("email", email.trim().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Employee.count", Long.class).getSingleResult();
    }

    /** Employees matching a free-text query (name, personnel number, e-mail) and optional filters. */
    public List<Employee> search(EmployeeQuery q) {
        boolean byText = q.text() != null && !q.text().isBlank();
        StringBuilder jpql = new StringBuilder("SELECT e FROM Employee e WHERE e.id IS NOT NULL");
        // With LOWER() in a query EclipseLink inlines parameters on H2, and prints booleans as 1/0, which
        // H2 2.x refuses to compare with a BOOLEAN column. So the active flag is bound only without text.
        if (!q.includeInactive() && !byText) {
            jpql.append(" AND e.active = :active");
        }
        if (byText) {
            jpql.append(" AND (LOWER(e.fullName) LIKE :text OR LOWER(e.personnelNumber) LIKE :text OR LOWER(e.email) LIKE :text)");
        }
        if (q.location() != null && !q.location().isBlank()) {
            jpql.append(" AND e.location.code = :location");
        }
        if (q.position() != null && !q.position().isBlank()) {
            jpql.append(" AND e.position.code = :position");
        }
        jpql.append(" ORDER BY e.fullName, e.id");
        var query = em.createQuery(jpql.toString(), Employee.class);
        if (!q.includeInactive() && !byText) {
            query.setParameter("active", true);
        }
        if (byText) {
            query.setParameter("text", "%" + q.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.location() != null && !q.location().isBlank()) {
            query.setParameter("location", q.location());
        }
        if (q.position() != null && !q.position().isBlank()) {
            query.setParameter("position", q.position());
        }
        if (byText && !q.includeInactive()) {
            return query.getResultStream().filter(Employee::isActive).skip(q.first()).limit(q.max()).toList();
        }
        return query.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
    }

    /**
     * Creates an employee, and a login when a user name is given; refuses duplicates by name, and
     * roles the caller may not grant ({@link RoleGrants}).
     */
    @Transactional
    public Employee create(NewEmployee n) {
        Set<Role> roles = n.roles().isEmpty() ? Set.of(Role.LEARNER) : n.roles();
        if (n.username() != null) {
            grants.requireMayGrant(roles);
        }
        if (byPersonnelNumber(n.personnelNumber()).isPresent()) {
            throw new InvalidInputException("personnel_number", "an employee with personnel number "
                    + n.personnelNumber() + " already exists");
        }
        if (n.username() != null && accounts.byUsername(n.username()).isPresent()) {
            throw new InvalidInputException("username", "user name '" + n.username() + "' is already taken");
        }
        Employee e = new Employee(n.personnelNumber(), n.details());
        em.persist(e);
        em.flush();
        if (n.username() != null) {
            Account a = accounts.create(n.username(), roles, e.getId());
            if (n.password() != null) {
                accounts.setPassword(a, n.password());
            }
        }
        audit.record(ENTITY, e.getId(), AuditAction.CREATED, "Created employee " + e.getFullName()
                + " (" + e.getPersonnelNumber() + ")", null, withRoles(e));
        changed.fire(new EmployeeChanged(e.getId(), true, true));
        return e;
    }

    /** Changes an employee's details; a change of position or store is announced as a move. */
    @Transactional
    public Employee update(long id, EmployeeDetails details) {
        Employee e = get(id);
        Map<String, Object> before = withRoles(e);
        boolean moved = e.movesWith(details);
        e.update(details);
        audit.record(ENTITY, id, AuditAction.UPDATED, "Changed employee " + e.getFullName(), before, withRoles(e));
        changed.fire(new EmployeeChanged(id, false, moved));
        return e;
    }

    @Transactional
    public void changeRoles(long id, Set<Role> roles) {
        Employee e = get(id);
        Map<String, Object> before = withRoles(e);
        Account account = accounts.byEmployee(id)
                .orElseThrow(() -> new InvalidInputException("username", e.getFullName() + " has no login"));
        grants.requireMayChangeRoles(account, roles);
        account.changeRoles(roles);
        audit.record(ENTITY, id, AuditAction.UPDATED, "Changed roles of " + e.getFullName() + " to " + roles,
                before, withRoles(e));
    }

    @Transactional
    public void setPassword(long id, String password) {
        Employee e = get(id);
        Account account = accounts.byEmployee(id)
                .orElseThrow(() -> new InvalidInputException("username", e.getFullName() + " has no login"));
        grants.requireMayManage(account, "set the password");
        try {
            accounts.setPassword(account, password);
        } catch (IllegalArgumentException weak) {
            throw new InvalidInputException("password", weak.getMessage());
        }
        audit.record(ENTITY, id, AuditAction.UPDATED, "Set a new password for " + e.getFullName(), null, null);
    }

    /**
     * Refuses (403) when the caller may not look after this employee's login (set its password,
     * change it, deactivate it): pages check this before saving anything, so that nothing is half done.
     */
    public void requireMayManage(long id, String what) {
        get(id);
        accounts.byEmployee(id).ifPresent(a -> grants.requireMayManage(a, what));
    }

    @Transactional
    public void deactivate(long id) {
        Employee e = get(id);
        accounts.byEmployee(id).ifPresent(a -> grants.requireMayManage(a, "deactivate the login"));
        Map<String, Object> before = withRoles(e);
        e.deactivate(LocalDate.now(clock));
        accounts.byEmployee(id).ifPresent(Account::deactivate);
        audit.record(ENTITY, id, AuditAction.DEACTIVATED, "Deactivated " + e.getFullName(), before, withRoles(e));
        changed.fire(new EmployeeChanged(id, false, false));
    }

    @Transactional
    public void reactivate(long id) {
        Employee e = get(id);
        accounts.byEmployee(id).ifPresent(a -> grants.requireMayManage(a, "reactivate the login"));
        Map<String, Object> before = withRoles(e);
        e.reactivate();
        accounts.byEmployee(id).ifPresent(Account::activate);
        audit.record(ENTITY, id, AuditAction.UPDATED, "Reactivated " + e.getFullName(), before, withRoles(e));
        changed.fire(new EmployeeChanged(id, false, false));
    }

    @Transactional
    public void preferLanguage(long id, Locale language) {
        Employee e = get(id);
        if (!e.getLanguage().equals(language.getLanguage())) {
            Map<String, Object> before = e.snapshot();
            e.preferLanguage(language);
            audit.record(ENTITY, id, AuditAction.UPDATED, e.getFullName() + " chose language " + e.getLanguage(),
                    before, e.snapshot());
        }
    }

    public Optional<Account> loginOf(long employeeId) {
        return accounts.byEmployee(employeeId);
    }

    Map<String, Object> withRoles(Employee e) {
        Map<String, Object> s = new java.util.LinkedHashMap<>(e.snapshot());
        accounts.byEmployee(e.getId()).ifPresent(a -> {
            s.put("username", a.getUsername());
            s.put("roles", a.roleNames());
        });
        return s;
    }

    /** Resolves codes to entities for a details record; unknown codes are reported per field. */
    public EmployeeDetails details(String fullName, String email, java.time.LocalDate hireDate, String positionCode,
                                   String locationCode, String payGradeCode, String language) {
        Position position = organisation.position(positionCode)
                .orElseThrow(() -> new InvalidInputException("position", "unknown position '" + positionCode + "'"));
        Location location = organisation.location(locationCode)
                .orElseThrow(() -> new InvalidInputException("location", "unknown location '" + locationCode + "'"));
        PayGrade grade = payGradeCode == null || payGradeCode.isBlank() ? null : organisation.payGrade(payGradeCode)
                .orElseThrow(() -> new InvalidInputException("pay_grade", "unknown pay grade '" + payGradeCode + "'"));
        return new EmployeeDetails(fullName, email, hireDate, position, location, grade, language);
    }
}
