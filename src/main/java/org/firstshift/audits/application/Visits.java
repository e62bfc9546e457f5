package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.AuditPhoto;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.audits.domain.Channel;
import org.firstshift.audits.domain.ChecklistLine;
import org.firstshift.audits.domain.VisitStatus;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recording visits: save a draft (again and again, same client id), submit it (score, freeze,
 * remediation, {@link AuditSubmitted}), correct a submitted visit with a new version and a reason,
 * attach photos to a draft. Only auditors and admins; a visit recorded by someone holding the
 * AUDITOR role is verified.
 */
@ApplicationScoped
public class Visits {
    public static final int MAX_CLIENT_ID = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    Checklists checklists;

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    AuditAccess access;

    @Inject
    Remediations remediations;

    @Inject
    Instance<RemediationCatalogue> catalogues;

    @Inject
    Event<AuditSubmitted> submitted;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public Optional<AuditVisit> byClientId(String clientId) {
        return em.createNamedQuery("AuditVisit.byClientId", AuditVisit.class).setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public Optional<AuditVisit> find(long id) {
        return Optional.ofNullable(em.find(AuditVisit.class, id));
    }

    public List<AuditVisit> draftsOf(String username) {
        return em.createNamedQuery("AuditVisit.draftsBy", AuditVisit.class).setParameter("username", username)
                .setParameter("status", VisitStatus.DRAFT).getResultList();
    }

    public List<AuditVisit> submittedBy(String username, int max) {
        return em.createNamedQuery("AuditVisit.submittedBy", AuditVisit.class).setParameter("username", username)
                .setParameter("status", VisitStatus.SUBMITTED).setMaxResults(max).getResultList();
    }

    /** Every version of the visit, oldest first (following the corrections' links back). */
    public List<AuditVisit> history(AuditVisit visit) {
        List<AuditVisit> older = new ArrayList<>();
        AuditVisit v = visit;
        while (v.getPreviousId() != null) {
            v = em.find(AuditVisit.class, v.getPreviousId());
            older.add(0, v);
        }
        List<AuditVisit> all = new ArrayList<>(older);
        all.add(visit);
        AuditVisit next = visit;
        while (true) {
            Optional<AuditVisit> later = em.createNamedQuery("AuditVisit.correctionOf", AuditVisit.class)
                    .setParameter("previousId", next.getId()).getResultStream().findFirst();
            if (later.isEmpty()) {
                break;
            }
            next = later.get();
            all.add(next);
        }
        return all;
    }

    /** Saves a draft (creating it on the first save); a re-sent save of a submitted visit changes nothing. */
    @Transactional
    public AuditVisit saveDraft(VisitInput input, CurrentUser user) {
        access.requireRecord(user);
        Parsed p = parse(input, false);
        Optional<AuditVisit> existing = byClientId(p.clientId);
        if (existing.isPresent()) {
            AuditVisit v = owned(existing.get(), user);
            if (v.isSubmitted()) {
                return v;
            }
            apply(v, p);
            return v;
        }
        AuditVisit v = new AuditVisit(p.clientId, p.header, user.getUsername(), user.holds(Role.AUDITOR), clock.instant());
        apply(v, p);
        em.persist(v);
        return v;
    }

    /**
     * Submits a visit: the draft with this client id (or a new one) gets these answers, is scored
     * and frozen. Submitting the same client id again returns the submitted visit unchanged.
     */
    @Transactional
    public AuditVisit submit(VisitInput input, CurrentUser user) {
        access.requireRecord(user);
        Parsed p = parse(input, true);
        Optional<AuditVisit> existing = byClientId(p.clientId);
        AuditVisit v;
        if (existing.isPresent()) {
            v = owned(existing.get(), user);
            if (v.isSubmitted()) {
                return v;
            }
            apply(v, p);
        } else {
            v = new AuditVisit(p.clientId, p.header, user.getUsername(), user.holds(Role.AUDITOR), clock.instant());
            apply(v, p);
            em.persist(v);
        }
        finish(v, null);
        return v;
    }

    /** A new version of a submitted visit, with the reason; the old version stays in the history. */
    @Transactional
    public AuditVisit correct(long visitId, VisitInput input, String reason, CurrentUser user) {
        access.requireRecord(user);
        AuditVisit previous = find(visitId).orElseThrow(() -> new NotFoundException("no visit " + visitId));
        if (!previous.isSubmitted() || !previous.isCurrent()) {
            throw new InvalidInputException("visit", "only the current submitted version of a visit can be corrected");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction needs a reason");
        }
        Parsed p = parse(input, true);
        Optional<AuditVisit> replay = byClientId(p.clientId);
        if (replay.isPresent()) {
            AuditVisit v = owned(replay.get(), user);
            if (v.isSubmitted() && previous.getId().equals(v.getPreviousId())) {
                return v;
            }
            throw new ClientIdTaken("client id " + p.clientId + " is already used by another visit");
        }
        AuditVisit v = AuditVisit.correctionOf(previous, p.clientId, p.header, reason, user.getUsername(),
                user.holds(Role.AUDITOR), clock.instant());
        apply(v, p);
        em.persist(v);
        previous.supersede(clock.instant());
        finish(v, previous.getId());
        return v;
    }

    /** Attaches a checked photo to a line of a draft the caller recorded; a re-sent photo is kept once. */
    @Transactional
    public AuditPhoto addPhoto(String visitClientId, String photoClientId, String line, byte[] bytes, CurrentUser user) {
        access.requireRecord(user);
        if (photoClientId == null || photoClientId.isBlank() || photoClientId.length() > MAX_CLIENT_ID) {
            throw new InvalidInputException("photoId", "a photo id of 1 to " + MAX_CLIENT_ID + " characters is required");
        }
        Optional<AuditPhoto> again = em.createNamedQuery("AuditPhoto.byClientId", AuditPhoto.class)
                .setParameter("clientId", photoClientId).getResultStream().findFirst();
        AuditVisit v = owned(byClientId(visitClientId).orElseThrow(() -> new NotFoundException("no visit draft " + visitClientId)), user);
        if (again.isPresent()) {
            if (again.get().getVisitId() != v.getId()) {
                throw new ClientIdTaken("photo id " + photoClientId + " is already used");
            }
            return again.get();
        }
        if (v.isSubmitted()) {
            throw new InvalidInputException("visit", "the visit is submitted: photos can no longer be added");
        }
        if (v.getChecklist().line(line).isEmpty()) {
            throw new InvalidInputException("line", "line '" + line + "' is not on the checklist");
        }
        AuditPhoto photo;
        try {
            photo = new AuditPhoto(photoClientId, v.getId(), line, bytes, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("photo", e.getMessage());
        }
        em.persist(photo);
        return photo;
    }

    public Optional<AuditPhoto> photo(long id) {
        return Optional.ofNullable(em.find(AuditPhoto.class, id));
    }

    /** Photo ids and their line codes for a visit, without the bytes. */
    public Map<Long, String> photosOf(long visitId) {
        Map<Long, String> photos = new LinkedHashMap<>();
        em.createNamedQuery("AuditPhoto.ofVisit", Object[].class).setParameter("visitId", visitId).getResultStream()
                .forEach(r -> photos.put(((Number) r[0]).longValue(), (String) r[1]));
        return photos;
    }

    private void finish(AuditVisit v, Long corrects) {
        try {
            v.submit(clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("answers", e.getMessage());
        }
        em.flush();
        remediations.remediate(v, catalogues.get());
        trail.record("audit_visit", v.getId(), corrects == null ? AuditAction.CREATED : AuditAction.UPDATED,
                (corrects == null ? "visit submitted" : "correction of visit " + corrects + ": " + v.getCorrectionReason())
                        + ", score " + v.getScorePercent() + "%", null,
                Map.of("employeeId", v.getEmployeeId(), "score", v.getScorePercent(), "failedRules", v.getFailedRules()));
        submitted.fire(event(v, corrects));
    }

    static AuditSubmitted event(AuditVisit v, Long corrects) {
        return new AuditSubmitted(v.getEmployeeId(), v.getSubmittedAt(), v.getId(), corrects, v.getVisitDate(), v.getStoreCode(),
                v.getScorePercent(), v.isCriticalFailed(), v.getFailedRules(), v.isVerified());
    }

    private AuditVisit owned(AuditVisit v, CurrentUser user) {
        if (!v.getRecordedBy().equals(user.getUsername())) {
            throw new ClientIdTaken("client id " + v.getClientId() + " belongs to another person's visit");
        }
        return v;
    }

    private void apply(AuditVisit v, Parsed p) {
        try {
            if (!v.isSubmitted()) {
                v.describe(p.header);
            }
            v.answer(p.points, p.comments, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("answers", e.getMessage());
        }
    }

    private record Parsed(String clientId, AuditVisit.Header header, Map<String, Integer> points, Map<String, String> comments) {
    }

    /** Checks everything at once and names every problem; {@code complete} requires an answer on every line. */
    private Parsed parse(VisitInput in, boolean complete) {
        if (in == null) {
            throw new InvalidInputException("visit", "the visit is required");
        }
        List<ProblemItem> problems = new ArrayList<>();
        if (in.clientId() == null || in.clientId().isBlank() || in.clientId().length() > MAX_CLIENT_ID) {
            problems.add(ProblemItem.field("clientId", "a client id of 1 to " + MAX_CLIENT_ID + " characters is required"));
        }
        AuditChecklist checklist = null;
        if (in.checklist() == null || in.checklist().isBlank()) {
            problems.add(ProblemItem.field("checklist", "the checklist is required"));
        } else {
            checklist = checklists.versionsOf(in.checklist()).stream().filter(AuditChecklist::isPublished)
                    .filter(c -> in.checklistVersion() == null || c.getVersionNo() == in.checklistVersion()).findFirst().orElse(null);
            if (checklist == null) {
                problems.add(ProblemItem.field("checklist", "no published checklist '" + in.checklist() + "'"
                        + (in.checklistVersion() == null ? "" : " version " + in.checklistVersion())));
            }
        }
        if (in.store() == null || organisation.location(in.store()).isEmpty()) {
            problems.add(ProblemItem.field("store", in.store() == null ? "the store is required" : "unknown store '" + in.store() + "'"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(in.date() == null ? "" : in.date());
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(ProblemItem.field("date", "the visit date " + date + " is in the future"));
            }
        } catch (DateTimeParseException e) {
            problems.add(ProblemItem.field("date", "a date like 2026-03-15 is required"));
        }
        LocalTime time = null;
        if (in.time() != null && !in.time().isBlank()) {
            try {
                time = LocalTime.parse(in.time().length() == 4 ? "0" + in.time() : in.time());
            } catch (DateTimeParseException e) {
                problems.add(ProblemItem.field("time", "'" + in.time() + "' is not a time like 14:30"));
            }
        }
        Employee employee = in.employeeId() == null ? null : people.find(in.employeeId()).filter(Employee::isActive).orElse(null);
        if (employee == null) {
            problems.add(ProblemItem.field("employeeId", in.employeeId() == null ? "the employee served is required"
                    : "no active employee " + in.employeeId()));
        }
        Channel channel = null;
        try {
            channel = Channel.valueOf(in.channel() == null ? "" : in.channel().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(ProblemItem.field("channel", "the channel must be FLOOR or PHONE"));
        }
        Map<String, Integer> points = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        if (checklist != null) {
            for (VisitInput.AnswerInput a : in.answersOrEmpty()) {
                Optional<ChecklistLine> line = a == null || a.line() == null ? Optional.empty() : checklist.line(a.line());
                if (line.isEmpty()) {
                    problems.add(ProblemItem.field("answers", "line '" + (a == null ? null : a.line()) + "' is not on the checklist"));
                    continue;
                }
                if (a.comment() != null && !a.comment().isBlank()) {
                    comments.put(a.line(), a.comment());
                }
                if (a.notApplicable() || a.points() != null) {
                    Integer value = a.notApplicable() ? null : a.points();
                    try {
                        line.get().check(value);
                        points.put(a.line(), value);
                    } catch (IllegalArgumentException e) {
                        problems.add(ProblemItem.field("answers." + a.line(), e.getMessage()));
                    }
                }
            }
            if (complete) {
                checklist.getLines().stream().filter(l -> !points.containsKey(l.getCode()))
                        .forEach(l -> problems.add(ProblemItem.field("answers." + l.getCode(), "line " + l.getCode() + " is not answered")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The visit has problems; nothing was saved.", problems);
        }
        return new Parsed(in.clientId().strip(), new AuditVisit.Header(checklist, in.store(), date, time, employee.getId(), channel),
                points, comments);
    }
}
