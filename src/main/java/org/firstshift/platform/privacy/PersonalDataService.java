package org.firstshift.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exports and erases an employee's personal data across all modules. */
@ApplicationScoped
public class PersonalDataService {
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    Instance<PersonalData> modules;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private List<PersonalData> ordered() {
        return modules.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
    }

    /** One JSON document with a section per module, for the person or for HR to hand over. */
    @Transactional
    public String export(long employeeId) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("employeeId", employeeId);
        document.put("exportedAt", clock.instant().toString());
        for (PersonalData module : ordered()) {
            document.put(module.section(), module.export(employeeId));
        }
        audit.record("Employee", employeeId, AuditAction.EXPORTED, "Personal data exported", null, null);
        return JSON.toJson(document);
    }

    /**
     * Erases the employee everywhere in one transaction: if one module cannot, nothing is erased.
     * The people module refuses an employee who is still active (deactivate first).
     */
    @Transactional
    public Map<String, String> erase(long employeeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new org.firstshift.platform.api.InvalidInputException("reason", "say why the data is erased (e.g. the request's reference)");
        }
        Map<String, String> done = new LinkedHashMap<>();
        // People last: the other modules may still need the login or e-mail to find the person's data
        // (xAPI statements name the learner by them). People refuses an unknown or still active
        // employee, and since this is one transaction, that refusal undoes the other modules' work.
        List<PersonalData> order = ordered().stream()
                .sorted(Comparator.comparing((PersonalData m) -> m.section().equals("people"))).toList();
        for (PersonalData module : order) {
            done.put(module.section(), module.erase(employeeId));
        }
        audit.record("Employee", employeeId, AuditAction.ERASED, "Personal data erased: " + reason.strip(), null, done);
        return done;
    }
}
