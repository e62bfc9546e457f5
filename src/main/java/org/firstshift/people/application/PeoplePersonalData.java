package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.privacy.PersonalData;
import org.firstshift.platform.security.Account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The employee record, their login and their mentor assignments. */
@ApplicationScoped
public class PeoplePersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mentoring mentoring;

    @Override
    public String section() {
        return "people";
    }

    @Override
    public Object export(long employeeId) {
        Employee e = employee(employeeId);
        Map<String, Object> out = new LinkedHashMap<>(e.snapshot());
        out.put("id", employeeId);
        account(employeeId).ifPresent(a -> {
            out.put("username", a.getUsername());
            out.put("roles", a.roleNames());
        });
        out.put("mentoring", mentoring.all().stream()
                .filter(m -> m.getTrainee().getId() == employeeId || m.getMentor().getId() == employeeId)
                .map(m -> Map.of("mentor", m.getMentor().getPersonnelNumber(), "trainee", m.getTrainee().getPersonnelNumber(),
                        "startsOn", String.valueOf(m.getStartsOn()), "endsOn", String.valueOf(m.getEndsOn())))
                .toList());
        return out;
    }

    @Override
    public String erase(long employeeId) {
        Employee e = employee(employeeId);
        if (e.isActive()) {
            throw new InvalidInputException("employee", e.getPersonnelNumber()
                    + " is still active: deactivate the employee first (the data of current staff is needed to run their training)");
        }
        e.anonymise();
        account(employeeId).ifPresent(Account::erase);
        return "name, personnel number and e-mail replaced; login removed";
    }

    private Employee employee(long id) {
        Employee e = em.find(Employee.class, id);
        if (e == null) {
            throw new NotFoundException("no employee " + id);
        }
        return e;
    }

    private java.util.Optional<Account> account(long employeeId) {
        List<Account> found = em.createNamedQuery("Account.findByEmployee", Account.class)
                .setParameter("employeeId", employeeId).getResultList();
        return found.stream().findFirst();
    }
}
