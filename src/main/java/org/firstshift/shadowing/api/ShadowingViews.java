package org.firstshift.shadowing.api;

import org.firstshift.shadowing.application.MentorDay;
import org.firstshift.shadowing.application.SignOffEntry;
import org.firstshift.shadowing.application.TraineeShadowing;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.ShadowShift;
import org.firstshift.shadowing.domain.ShadowingPlan;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.ShadowingTask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/** The JSON shapes of the shadowing API, and how domain values become them in a language. */
public final class ShadowingViews {
    private ShadowingViews() {
    }

    public record TaskView(String id, String title, String watchFor, List<String> rules, int repetitions) {
    }

    public record PlanView(String id, String title, String summary, List<String> positions, List<TaskView> tasks) {
    }

    public record TaskStateView(String id, String title, List<String> rules, int required, int done, int observed,
                                int awaitingConfirmation, String latestRating, boolean latestConfirmed, boolean complete) {
    }

    /** {@code id} is the record to confirm or correct; {@code signOffId} the original sign-off. */
    public record SignOffView(long id, long signOffId, String clientId, String taskId, String rating, String comment,
                              long mentorId, String mentorName, Long shiftId, LocalDate observedOn, Instant recordedAt,
                              boolean confirmed, boolean corrected, String photo) {
    }

    public record ShadowingView(long traineeId, String name, String plan, String planTitle, boolean complete,
                                int percentDone, long tasksDone, int taskCount, List<TaskStateView> tasks,
                                List<SignOffView> signOffs) {
    }

    public record ShiftView(long id, long traineeId, String traineeName, long mentorId, String mentorName, String store,
                            LocalDate date, LocalTime startsAt, LocalTime endsAt) {
    }

    public record MentorTraineeView(long traineeId, String name, ShiftView shift, String plan, List<TaskStateView> openTasks,
                                    List<SignOffView> awaitingConfirmation) {
    }

    /** The answer to a sign-off: the stored record as the phone needs it to mark its queue entry done. */
    public record SignOffAnswer(long id, String clientId, long traineeId, int seq, String kind, String taskId, String rating,
                                String comment, Long shiftId, LocalDate observedOn, Instant recordedAt, String hash,
                                String photo) {
    }

    public record ConfirmationAnswer(int confirmed, ShadowingView shadowing) {
    }

    static TaskView task(ShadowingTask t, Locale locale) {
        return new TaskView(t.getCode(), t.getTitle().in(locale), t.getWatchFor() == null ? null : t.getWatchFor().in(locale),
                t.getRules(), t.getRepetitions());
    }

    static PlanView plan(ShadowingPlan p, Locale locale) {
        return new PlanView(p.getCode(), p.getTitle().in(locale), p.getSummary() == null ? null : p.getSummary().in(locale),
                p.getPositions(), p.getTasks().stream().map(t -> task(t, locale)).toList());
    }

    static TaskStateView taskState(PlanProgress.TaskProgress t, Locale locale) {
        return new TaskStateView(t.task().getCode(), t.task().getTitle().in(locale), t.task().getRules(), t.required(),
                t.counted(), t.observed(), t.awaitingConfirmation(), t.latestRating() == null ? null : t.latestRating().name(),
                t.latestConfirmed(), t.isComplete());
    }

    static SignOffView signOff(SignOffEntry e) {
        return new SignOffView(e.recordId(), e.signOffId(), e.clientId(), e.taskCode(), e.rating().name(), e.comment(),
                e.mentorId(), e.mentorName(), e.shiftId(), e.observedOn(), e.recordedAt(), e.confirmed(), e.corrected(),
                e.hasPhoto() ? photoLink(e.recordId()) : null);
    }

    static String photoLink(long recordId) {
        return "/api/shadowing/signoffs/" + recordId + "/photo";
    }

    static ShadowingView shadowing(TraineeShadowing s, Locale locale) {
        return new ShadowingView(s.trainee().getId(), s.trainee().getFullName(), s.hasPlan() ? s.plan().getCode() : null,
                s.hasPlan() ? s.plan().getTitle().in(locale) : null, s.isComplete(), s.percentDone(), s.completedTasks(),
                s.tasks().size(), s.tasks().stream().map(t -> taskState(t, locale)).toList(),
                s.signOffs().stream().map(ShadowingViews::signOff).toList());
    }

    static ShiftView shift(ShadowShift s, LongFunction<String> names) {
        return new ShiftView(s.getId(), s.getTraineeId(), names.apply(s.getTraineeId()), s.getMentorId(),
                names.apply(s.getMentorId()), s.getLocationCode(), s.getDay(), s.getStartsAt(), s.getEndsAt());
    }

    static MentorTraineeView mentorDay(MentorDay d, LongFunction<String> names, Locale locale) {
        TraineeShadowing t = d.trainee();
        return new MentorTraineeView(t.trainee().getId(), t.trainee().getFullName(), shift(d.shift(), names),
                t.hasPlan() ? t.plan().getCode() : null, t.openTasks().stream().map(x -> taskState(x, locale)).toList(),
                t.awaitingConfirmation().stream().map(ShadowingViews::signOff).toList());
    }

    static SignOffAnswer answer(ShadowingRecord r) {
        var c = r.content();
        return new SignOffAnswer(r.getId(), c.clientId(), c.traineeId(), c.seq(), c.kind().name(), c.taskCode(),
                c.rating() == null ? null : c.rating().name(), c.comment(), c.shiftId(), c.observedOn(), r.getRecordedAt(),
                r.getHash(), r.getPhotoId() == null ? null : photoLink(r.getId()));
    }
}
