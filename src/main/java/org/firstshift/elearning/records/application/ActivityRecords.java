package org.firstshift.elearning.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.firstshift.certification.application.CertificationGranted;
import org.firstshift.elearning.records.domain.ActivityStatements;
import org.firstshift.exams.application.ExamScored;
import org.firstshift.roleplay.application.RoleplayFinished;
import org.firstshift.shadowing.application.ShadowingTaskSignedOff;

import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bridges from FirstShift's activities to the LRS. Each observer runs after the producing
 * transaction succeeded and writes in a transaction of its own, so a problem with the LRS never
 * undoes an exam submit or a sign-off: it is logged and the activity stands. An employee without
 * a login has no agent and gets no statements.
 */
@ApplicationScoped
public class ActivityRecords {
    private static final Logger LOG = Logger.getLogger(ActivityRecords.class.getName());

    @Inject
    RecordWriter writer;

    void onExamScored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExamScored e) {
        write("exam attempt " + e.attemptId(), e.employeeId(), null, (actor, none) -> ActivityStatements.exam(new ActivityStatements.ExamScore(
                e.attemptId(), e.examCode(), e.number(), e.scorePercent(), e.passMark(), e.passed(), e.byDeadline(),
                e.correctCount(), e.questionCount(), e.startedAt(), e.at()), actor));
    }

    void onCertificationGranted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificationGranted e) {
        write("certification cycle " + e.cycleId(), e.employeeId(), null, (actor, none) -> List.of(ActivityStatements.certification(
                new ActivityStatements.Certificate(e.cycleId(), e.certificationCode(), e.validFrom(), e.validUntil(), e.renewal(),
                        e.attemptId(), e.at()), actor)));
    }

    void onRoleplayFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoleplayFinished e) {
        write("role-play attempt " + e.attemptId(), e.employeeId(), null, (actor, none) -> ActivityStatements.roleplay(new ActivityStatements.Roleplay(
                e.attemptId(), e.scenarioCode(), e.scenarioTitle(), e.score(), e.maxScore(), e.percent(), e.passMark(), e.passed(),
                e.startedAt(), e.at(), e.choices().stream().map(c -> new ActivityStatements.Choice(c.seq(), c.nodeCode(),
                        c.responseCode(), c.scoreDelta(), c.honours(), c.breaks(), c.at())).toList()), actor));
    }

    void onSignedOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShadowingTaskSignedOff e) {
        write("shadowing record " + e.recordId(), e.traineeId(), e.mentorId(), (trainee, mentor) -> List.of(ActivityStatements.signOff(
                new ActivityStatements.SignOff(e.recordId(), e.correction(), e.planCode(), e.taskCode(), e.taskTitle(), e.shiftDay(),
                        e.rating(), e.at()), trainee, mentor)));
    }

    private void write(String what, long employeeId, Long otherId, BiFunction<JsonObject, JsonObject, List<JsonObject>> statements) {
        try {
            writer.write(employeeId, otherId, statements);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, what + ": statements not written to the LRS", ex);
        }
    }
}
