package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.shadowing.domain.ConfirmationMethod;
import org.firstshift.shadowing.domain.PlanProgress;
import org.firstshift.shadowing.domain.RecordContent;
import org.firstshift.shadowing.domain.ShadowingRecord;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes confirmations, each call in its own transaction so that {@link Confirmations} can retry
 * when a sign-off took the same place in the trainee's chain at the same moment.
 */
@ApplicationScoped
public class ConfirmationWriter {

    @Inject
    ShadowingLedger ledger;

    @Inject
    ShadowingProgress progress;

    @Inject
    TraineePins pins;

    @Inject
    Mentoring mentoring;

    @Inject
    Shifts shifts;

    @Inject
    People people;

    /** The signed-in trainee confirms sign-offs of their own chain; returns how many were newly confirmed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int confirmOwn(long traineeId, List<Long> recordIds) {
        return confirm(people.get(traineeId), traineeId, ConfirmationMethod.OWN_PAGE, recordIds);
    }

    /**
     * The trainee confirms on their mentor's phone with their PIN. A wrong PIN is counted (the count
     * commits although the request is refused) and several in a row lock the PIN.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = ShadowingForbidden.class)
    public int confirmWithPin(long mentorId, long traineeId, String pin, List<Long> recordIds) {
        if (mentorId == traineeId || !mentoring.mentors(mentorId, traineeId, shifts.today())) {
            throw new ShadowingForbidden("you do not mentor this trainee today");
        }
        switch (pins.check(traineeId, pin)) {
            case OK -> { }
            case NOT_SET -> throw new ShadowingForbidden("the trainee has not set a PIN yet: they set it on their shadowing page");
            case LOCKED -> throw new ShadowingForbidden("too many wrong PINs: the PIN is locked for a while; the trainee can confirm on their own page");
            default -> throw new ShadowingForbidden("wrong PIN");
        }
        return confirm(people.get(traineeId), traineeId, ConfirmationMethod.PIN, recordIds);
    }

    private int confirm(Employee trainee, long actorId, ConfirmationMethod method, List<Long> recordIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            throw new InvalidInputException("signOffIds", "name the sign-offs to confirm");
        }
        List<ShadowingRecord> chain = ledger.chainOf(trainee.getId());
        Map<Long, ShadowingRecord> byId = chain.stream().collect(Collectors.toMap(ShadowingRecord::getId, Function.identity()));
        Map<Integer, PlanProgress.Observation> byEffectiveSeq = PlanProgress.observations(ledger.contentsOf(trainee.getId()))
                .stream().collect(Collectors.toMap(o -> o.effective().seq(), Function.identity()));
        Set<PlanProgress.Observation> toConfirm = new LinkedHashSet<>();
        for (Long id : new LinkedHashSet<>(recordIds)) {
            ShadowingRecord r = id == null ? null : byId.get(id);
            if (r == null) {
                // Another trainee's record looks exactly like a missing one.
                throw new NotFoundException("no sign-off " + id + " of yours");
            }
            PlanProgress.Observation o = byEffectiveSeq.get(r.getSeq());
            if (o == null) {
                throw new InvalidInputException("signOffIds", "record " + id
                        + " is not a current sign-off (it was corrected, or it is a confirmation): confirm the latest version");
            }
            if (!o.confirmed()) {
                toConfirm.add(o);
            }
        }
        List<RecordContent> ordered = toConfirm.stream().map(PlanProgress.Observation::effective)
                .sorted(Comparator.comparingInt(RecordContent::seq)).toList();
        for (RecordContent c : ordered) {
            ledger.append(RecordDraft.confirmation(trainee.getId(), actorId, c.seq(), method), null,
                    trainee.getFullName() + " confirmed " + c.taskCode() + " (" + c.rating() + ") "
                            + (method == ConfirmationMethod.PIN ? "with their PIN" : "on their page"));
        }
        if (!ordered.isEmpty()) {
            progress.update(trainee);
        }
        return ordered.size();
    }
}
