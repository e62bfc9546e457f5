package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.notify.NoticeRequested;
import org.firstshift.shadowing.domain.RecordContent;
import org.firstshift.shadowing.domain.RecordKind;
import org.firstshift.shadowing.domain.ShadowShift;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.ShadowingTask;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Checks and writes one sign-off in its own transaction (so {@link SignOffs} can retry). A mentor
 * may sign off a trainee only on a shift they share (today, or up to
 * {@code firstshift.shadowing.sync-window-days} days back for a phone that was offline) while the
 * mentor assignment is active on that day; never themselves.
 */
@ApplicationScoped
public class SignOffWriter {

    @Inject
    ShadowingLedger ledger;

    @Inject
    Shifts shifts;

    @Inject
    Mentoring mentoring;

    @Inject
    People people;

    @Inject
    ShadowingProgress progress;

    @Inject
    Event<NoticeRequested> notices;

    @Inject
    Event<ShadowingTaskSignedOff> signedOff;

    @Inject
    @ConfigProperty(name = "firstshift.shadowing.sync-window-days", defaultValue = "2")
    int syncWindowDays;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignOffs.Outcome write(long mentorId, SignOffCommand c) {
        var existing = ledger.byClientId(c.clientId());
        if (existing.isPresent()) {
            return replay(mentorId, c, existing.get());
        }
        if (mentorId == c.traineeId()) {
            throw new ShadowingForbidden("you cannot sign off your own tasks");
        }
        ShadowShift shift = shiftFor(mentorId, c);
        Employee trainee = people.get(c.traineeId());
        Employee mentor = people.get(mentorId);
        ShadowingPlan plan = progress.planOf(trainee).orElseThrow(() -> new InvalidInputException("traineeId",
                trainee.getFullName() + " has no shadowing plan for the position " + trainee.getPosition().getCode()));
        ShadowingTask task = plan.task(c.taskCode()).orElseThrow(() -> new InvalidInputException("taskId",
                "task '" + c.taskCode() + "' is not in the plan " + plan.getCode()));
        Integer corrects = c.correctsId() == null ? null : correctedSeq(mentorId, c, task);
        RecordDraft draft = new RecordDraft(trainee.getId(), corrects == null ? RecordKind.SIGN_OFF : RecordKind.CORRECTION,
                c.clientId(), mentorId, plan.getCode(), task.getCode(), shift.getId(), shift.getDay(), c.rating(),
                c.comment(), corrects, null);
        ShadowingRecord record = ledger.append(draft, c.photo(), mentor.getFullName()
                + (corrects == null ? " signed off " : " corrected ") + task.getCode() + " for " + trainee.getFullName()
                + ": " + c.rating());
        progress.update(trainee);
        signedOff.fire(new ShadowingTaskSignedOff(trainee.getId(), mentorId, record.getId(), corrects != null, plan.getCode(),
                task.getCode(), task.getTitle() == null ? task.getCode() : task.getTitle().en(), shift.getDay(), c.rating().name(),
                record.getRecordedAt()));
        // One nudge per shift is enough: the trainee's page lists every sign-off waiting for them.
        notices.fire(new NoticeRequested(trainee.getId(), "shadowing", "notice.confirm", List.of(mentor.getFullName()),
                "/learner/shadowing.xhtml", "confirm-shift-" + shift.getId()));
        return new SignOffs.Outcome(record, false);
    }

    /** The stored answer for a repeated client id, if the repeat says the same thing; a conflict otherwise. */
    public SignOffs.Outcome replay(long mentorId, SignOffCommand c, ShadowingRecord stored) {
        RecordContent s;
        try {
            s = stored.content();
        } catch (IllegalArgumentException malformed) {
            throw new ClientIdConflict(c.clientId());
        }
        boolean same = s.actorId() == mentorId && s.traineeId() == c.traineeId() && s.kind() != RecordKind.CONFIRMATION
                && Objects.equals(s.taskCode(), c.taskCode()) && s.rating() == c.rating()
                && Objects.equals(s.comment(), c.comment()) && Objects.equals(s.photoSha256(), c.photoSha256())
                && (c.shiftId() == null || c.shiftId().equals(s.shiftId()));
        if (!same) {
            throw new ClientIdConflict(c.clientId());
        }
        return new SignOffs.Outcome(stored, true);
    }

    private ShadowShift shiftFor(long mentorId, SignOffCommand c) {
        LocalDate today = shifts.today();
        ShadowShift shift = c.shiftId() == null
                ? shifts.find(c.traineeId(), mentorId, today).orElse(null)
                : shifts.get(c.shiftId()).filter(s -> s.pairs(mentorId, c.traineeId())).orElse(null);
        if (shift == null) {
            throw new ShadowingForbidden("you have no shadow shift with this trainee " + (c.shiftId() == null ? "today" : "as given"));
        }
        if (shift.getDay().isAfter(today) || shift.getDay().isBefore(today.minusDays(syncWindowDays))) {
            throw new ShadowingForbidden("sign-offs are accepted on the day of the shift (" + shift.getDay()
                    + ") and up to " + syncWindowDays + " days after it");
        }
        if (!mentoring.mentors(mentorId, c.traineeId(), shift.getDay())) {
            throw new ShadowingForbidden("you do not mentor this trainee on " + shift.getDay());
        }
        return shift;
    }

    /** The chain position of the sign-off being corrected: the mentor's own, of the same task. */
    private int correctedSeq(long mentorId, SignOffCommand c, ShadowingTask task) {
        ShadowingRecord corrected = ledger.find(c.correctsId()).filter(r -> r.getTraineeId() == c.traineeId())
                .orElseThrow(() -> new InvalidInputException("correctsId", "no sign-off " + c.correctsId() + " for this trainee"));
        RecordContent content = corrected.content();
        if (content.kind() == RecordKind.CONFIRMATION) {
            throw new InvalidInputException("correctsId", "record " + c.correctsId() + " is a confirmation, not a sign-off");
        }
        if (content.actorId() != mentorId) {
            throw new ShadowingForbidden("only the mentor who signed off can correct it");
        }
        if (!task.getCode().equals(content.taskCode())) {
            throw new InvalidInputException("taskId", "a correction keeps the task of the sign-off (" + content.taskCode() + ")");
        }
        // A correction of a correction corrects the original sign-off: one observation, latest word wins.
        return content.kind() == RecordKind.CORRECTION ? content.refersToSeq() : content.seq();
    }
}
