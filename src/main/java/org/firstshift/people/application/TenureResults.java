package org.firstshift.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hands each employee's position and since when they hold it to evaluations (time-in-role
 * conditions). The people module keeps no date of the last move, so "since" is the hire date:
 * an employee who changed position keeps counting from hiring. Inactive employees are left out.
 */
@ApplicationScoped
public class TenureResults implements ResultSource {
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        List<Long> ids = new ArrayList<>(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Employee e : em.createQuery("SELECT e FROM Employee e WHERE e.id IN :ids", Employee.class)
                    .setParameter("ids", chunk).getResultList()) {
                if (e.isActive()) {
                    book.add(new ResultBook.Tenure(e.getId(), e.getPosition().getCode(), e.getHireDate()));
                }
            }
        }
    }
}
