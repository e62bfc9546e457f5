package org.firstshift.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.learning.domain.Program;
import org.firstshift.platform.api.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Programs (learning paths). */
@ApplicationScoped
public class Programs {

    @PersistenceContext
    EntityManager em;

    public List<Program> all() {
        return em.createNamedQuery("Program.all", Program.class).getResultList();
    }

    public Optional<Program> byCode(String code) {
        return em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Program get(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("no program '" + code + "'"));
    }

    /** Programs that contain an activity, e.g. every program with lesson L-GREET. */
    public List<Program> containing(String typeKey, String ref) {
        return all().stream().filter(p -> p.contains(typeKey, ref)).toList();
    }
}
