package org.firstshift.elearning.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.firstshift.elearning.cmi5.domain.ScormInteractions;
import org.firstshift.elearning.cmi5.domain.ScormStatements;
import org.firstshift.elearning.packages.application.PackageAttemptChanged;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.xapi.application.LearningRecordStore;
import org.firstshift.elearning.xapi.domain.StatementQuery;
import org.firstshift.elearning.xapi.domain.XapiVersion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes the statements of one SCORM attempt change (status, interactions, objectives), in a transaction of its own. */
@ApplicationScoped
public class ScormStatementWriter {
    static final String MODULE = "packages";

    @Inject
    LearningRecordStore lrs;

    @Inject
    Learners learners;

    @Inject
    PackageCatalog catalog;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> write(PackageAttemptChanged e) {
        Optional<JsonObject> actor = learners.agent(e.employeeId());
        if (actor.isEmpty()) {
            return List.of();
        }
        String registration = ScormStatements.registration(e.attemptId());
        Set<String> written = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonObject s : lrs.query(byRegistration(registration), lrs.moduleAuthority(MODULE)).statements()) {
            written.add(s.getJsonObject("verb").getString("id"));
            ids.add(s.getString("id"));
        }
        String title = catalog.byCode(e.packageCode()).map(p -> p.getTitle()).orElse(null);
        var change = new ScormStatements.Change(ScormStatements.Kind.valueOf(e.kind().name()), e.attemptId(), e.activityId(),
                title, e.changes(), e.completionStatus(), e.successStatus(), e.scoreScaled(), e.at());
        List<JsonObject> statements = new ArrayList<>(ScormStatements.of(change, actor.get(), written));
        // Interactions and objectives have name-based ids: one already stored was re-sent unchanged by the SCO.
        ScormInteractions.of(change, e.data(), actor.get()).stream().filter(s -> !ids.contains(s.getString("id")))
                .forEach(statements::add);
        return statements.isEmpty() ? List.of() : lrs.store(statements, lrs.moduleAuthority(MODULE), XapiVersion.V2_0_0);
    }

    static StatementQuery byRegistration(String registration) {
        return new StatementQuery(null, null, null, null, null, registration, false, false, null, null,
                StatementQuery.MAX_PAGE, StatementQuery.Format.EXACT, false, true, null, Map.of("registration", registration));
    }
}
