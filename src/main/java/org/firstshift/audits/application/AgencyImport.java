package org.firstshift.audits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.AuditVisit;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports an agency's spreadsheet in two streamed passes over the uploaded file (kept on disk):
 * the first checks every row and writes nothing; only when no row has a problem does the second
 * write every visit, in one transaction (the persistence context is flushed and cleared every
 * {@value #CHUNK} rows, so memory stays flat however long the file is). One bad row: nothing is
 * written and the report names row, column and problem. A row whose agency reference was already
 * imported is skipped, so importing the same file twice changes nothing.
 */
@ApplicationScoped
public class AgencyImport {
    static final int CHUNK = 100;
    /** The report lists at most this many problems (and counts the rest), so it stays small too. */
    public static final int MAX_PROBLEMS = 100;
    public static final int PREVIEW_ROWS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Agencies agencies;

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

    public record PreviewRow(int row, String visitRef, String store, LocalDate date, String employee, String channel,
                             double score, boolean criticalFailed, List<String> failedRules, boolean alreadyImported) {
    }

    public record Report(String agency, String checklist, int checklistVersion, int rows, int valid, int alreadyImported,
                         int imported, int problemCount, List<ProblemItem> problems, List<PreviewRow> preview, boolean written) {
    }

    /** Employees and stores looked up once each, however many rows name them. */
    final class DatabaseLookups implements AgencyRowReader.Lookups {
        private final Map<String, Long> employees = new HashMap<>();
        private final Map<String, Boolean> stores = new HashMap<>();

        @Override
        public Long employeeId(String number) {
            return employees.computeIfAbsent(number, n -> people.byPersonnelNumber(n).filter(Employee::isActive).map(Employee::getId).orElse(null));
        }

        @Override
        public boolean storeExists(String code) {
            return stores.computeIfAbsent(code, c -> organisation.location(c).isPresent());
        }
    }

    static List<AgencyRowReader.LineSpec> specs(AuditChecklist checklist) {
        return checklist.getLines().stream().map(l -> new AgencyRowReader.LineSpec(l.getCode(), l.getRules(), l.getWeight(),
                l.isCritical(), l.getScale().maxPoints(), l.isNaAllowed())).toList();
    }

    private java.util.Optional<AuditVisit> imported(String agency, String ref) {
        return em.createNamedQuery("AuditVisit.byAgencyRef", AuditVisit.class).setParameter("agency", agency)
                .setParameter("ref", ref).setMaxResults(1).getResultStream().findFirst();
    }

    private boolean alreadyImported(String agency, String ref) {
        return imported(agency, ref).isPresent();
    }

    /** Checks the whole file and returns the report with a preview; writes nothing. */
    public Report check(String agencyCode, Path file, String fileName, CurrentUser user) {
        access.requireRecord(user);
        AgencyMapping mapping = agencies.mappingOf(agencyCode);
        AuditChecklist checklist = checklists.publishedOrFail(mapping.checklist());
        List<ProblemItem> problems = new ArrayList<>();
        int[] problemCount = {0};
        List<PreviewRow> preview = new ArrayList<>();
        int rows = 0;
        int valid = 0;
        int already = 0;
        try (SpreadsheetRows in = SpreadsheetRows.open(file, mapping.delimiter())) {
            AgencyRowReader reader = new AgencyRowReader(fileName, mapping, specs(checklist), in.header(), new DatabaseLookups(),
                    LocalDate.now(clock));
            if (!reader.headerProblems().isEmpty()) {
                return new Report(agencyCode, checklist.getCode(), checklist.getVersionNo(), 0, 0, 0, 0,
                        reader.headerProblems().size(), reader.headerProblems(), List.of(), false);
            }
            SpreadsheetRows.RawRow raw;
            while ((raw = in.next()) != null) {
                rows++;
                AgencyRowReader.VisitRow row = reader.read(raw, p -> {
                    problemCount[0]++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(p);
                    }
                });
                if (row == null) {
                    continue;
                }
                valid++;
                boolean seen = alreadyImported(agencyCode, row.agencyRef());
                already += seen ? 1 : 0;
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(new PreviewRow(row.row(), row.agencyRef(), row.store(), row.date(), row.employeeNumber(),
                            row.channel().name(), row.score().percent(), row.score().criticalFailed(), row.score().failedRules(), seen));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "the file cannot be read as CSV or XLSX: " + e.getMessage());
        }
        return new Report(agencyCode, checklist.getCode(), checklist.getVersionNo(), rows, valid, already, 0, problemCount[0],
                List.copyOf(problems), List.copyOf(preview), false);
    }

    /** Checks, then writes every row in one transaction; refuses the whole file (422) when any row has a problem. */
    @Transactional
    public Report run(String agencyCode, Path file, String fileName, CurrentUser user) {
        Report checked = check(agencyCode, file, fileName, user);
        if (checked.problemCount() > 0) {
            throw new InvalidInputException("The file has " + checked.problemCount() + " problem(s); nothing was imported.",
                    checked.problems());
        }
        AgencyMapping mapping = agencies.mappingOf(agencyCode);
        long checklistId = checklists.publishedOrFail(mapping.checklist()).getId();
        boolean verified = user.holds(Role.AUDITOR);
        RemediationCatalogue catalogue = catalogues.get();
        // No flush before every query: with thousands of new rows in the transaction that costs a
        // pass over all of them each time. Rows are flushed (and the context cleared) per chunk;
        // duplicates within the unflushed chunk are caught by chunkRefs.
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        java.util.Set<String> chunkRefs = new java.util.HashSet<>();
        // Client ids of this run's visits: a reference met again with this prefix was in the file twice.
        String run = "imp-" + java.util.UUID.randomUUID() + "-";
        int imported = 0;
        try (SpreadsheetRows in = SpreadsheetRows.open(file, mapping.delimiter())) {
            AuditChecklist checklist = em.find(AuditChecklist.class, checklistId);
            AgencyRowReader reader = new AgencyRowReader(fileName, mapping, specs(checklist), in.header(), new DatabaseLookups(),
                    LocalDate.now(clock));
            SpreadsheetRows.RawRow raw;
            while ((raw = in.next()) != null) {
                int rowNumber = raw.number();
                AgencyRowReader.VisitRow row = reader.read(raw, p -> {
                    throw new InvalidInputException("The file changed while it was imported; nothing was imported.", List.of(p));
                });
                java.util.Optional<AuditVisit> earlier = imported(agencyCode, row.agencyRef());
                if (chunkRefs.contains(row.agencyRef()) || earlier.isPresent()) {
                    if (chunkRefs.contains(row.agencyRef()) || earlier.get().getClientId().startsWith(run)) {
                        throw new InvalidInputException("The file has a problem; nothing was imported.", List.of(ProblemItem.at(
                                fileName, rowNumber, mapping.visitRef(), "visit reference '" + row.agencyRef() + "' appears twice in the file")));
                    }
                    continue;
                }
                AuditVisit v = AuditVisit.imported(run + rowNumber, new AuditVisit.Header(checklist, row.store(),
                        row.date(), row.time(), row.employeeId(), row.channel()), agencyCode, row.agencyRef(), user.getUsername(),
                        verified, clock.instant());
                v.answer(row.points(), Map.of(), clock.instant());
                v.submit(clock.instant());
                em.persist(v);
                remediations.remediate(v, catalogue);
                submitted.fire(Visits.event(v, null));
                chunkRefs.add(row.agencyRef());
                imported++;
                if (imported % CHUNK == 0) {
                    em.flush();
                    em.clear();
                    chunkRefs.clear();
                    checklist = em.find(AuditChecklist.class, checklistId);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trail.record("audit_import", agencyCode, AuditAction.IMPORTED, imported + " visit(s) imported from " + fileName
                + (checked.alreadyImported() > 0 ? ", " + checked.alreadyImported() + " already imported" : ""), null,
                Map.of("rows", checked.rows(), "imported", imported));
        return new Report(checked.agency(), checked.checklist(), checked.checklistVersion(), checked.rows(), checked.valid(),
                checked.valid() - imported, imported, 0, List.of(), checked.preview(), true);
    }

}
