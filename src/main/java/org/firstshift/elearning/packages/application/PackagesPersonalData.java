package org.firstshift.elearning.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.SequencingState;
import org.firstshift.elearning.packages.domain.scorm.CmiModel;
import org.firstshift.platform.privacy.PersonalData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SCORM attempts: the whole data model per attempt on export; on erasure the learner's name and
 * everything they wrote (suspend data, comments, interaction responses, location) is dropped,
 * while statuses and scores stay for reports.
 */
@ApplicationScoped
public class PackagesPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageCatalog catalog;

    @Override
    public String section() {
        return "packages";
    }

    @Override
    public Object export(long employeeId) {
        return attempts(employeeId).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("package", catalog.byId(a.getPackageId()).map(ElearningPackage::getCode).orElse(null));
            m.put("item", a.getItemSeq());
            m.put("startedAt", String.valueOf(a.getStartedAt()));
            m.put("updatedAt", String.valueOf(a.getUpdatedAt()));
            m.put("values", a.values());
            return m;
        }).toList();
    }

    /** Where the learner left each sequenced course (suspendAll); a separate section of the export. */
    public List<Map<String, Object>> exportSequencing(long employeeId) {
        return sequencing(employeeId).stream().map(st -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("package", catalog.byId(st.getPackageId()).map(ElearningPackage::getCode).orElse(null));
            m.put("suspendedActivity", st.getSuspendedActivity());
            m.put("updatedAt", String.valueOf(st.getUpdatedAt()));
            return m;
        }).toList();
    }

    @Override
    public String erase(long employeeId) {
        List<PackageAttempt> attempts = attempts(employeeId);
        for (PackageAttempt a : attempts) {
            ElearningPackage p = catalog.byId(a.getPackageId()).orElseThrow();
            Map<String, String> kept = new LinkedHashMap<>();
            a.values().forEach((k, v) -> {
                if (KEPT.contains(k)) {
                    kept.put(k, v);
                }
            });
            a.erase(new CmiModel(p.getKind(), kept));
        }
        // Where a learner left a sequenced course and the order drawn for them only serve their next
        // launch; an erased learner has none.
        List<SequencingState> states = sequencing(employeeId);
        states.forEach(em::remove);
        return attempts.size() + " SCORM attempt(s) reduced to statuses and scores, " + states.size() + " sequencing state(s) removed";
    }

    static final java.util.Set<String> KEPT = java.util.Set.of("cmi.core.lesson_status", "cmi.core.score.raw", "cmi.core.score.min",
            "cmi.core.score.max", "cmi.core.total_time", "cmi.completion_status", "cmi.success_status", "cmi.score.scaled",
            "cmi.score.raw", "cmi.score.min", "cmi.score.max", "cmi.progress_measure", "cmi.total_time", "cmi._version",
            "cmi.scaled_passing_score", "cmi.student_data.mastery_score", "fs.sessions", "fs.attempts");

    private List<SequencingState> sequencing(long employeeId) {
        return em.createNamedQuery("SequencingState.ofEmployee", SequencingState.class).setParameter("employeeId", employeeId)
                .getResultList();
    }

    private List<PackageAttempt> attempts(long employeeId) {
        return em.createNamedQuery("PackageAttempt.ofEmployee", PackageAttempt.class).setParameter("employeeId", employeeId)
                .getResultList();
    }
}
