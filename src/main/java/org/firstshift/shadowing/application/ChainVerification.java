package org.firstshift.shadowing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.platform.audit.AuditEntry;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.shadowing.domain.HashChain;
import org.firstshift.shadowing.domain.PhotoFormat;
import org.firstshift.shadowing.domain.ShadowingRecord;
import org.firstshift.shadowing.domain.SignOffPhoto;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Walks every trainee's chain and reports, per trainee, the first record that no longer matches:
 * changed content, a missing or re-ordered record, a swapped photo, or records missing at the end
 * (the audit trail saw more appended than the chain holds). Read-only.
 */
@ApplicationScoped
public class ChainVerification {

    @Inject
    ShadowingLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** The first break of one trainee's chain, named so an administrator can find it. */
    public record BrokenChain(long traineeId, String personnelNumber, String traineeName, Long recordId, int seq,
                              String problem) implements java.io.Serializable {
    }

    public record ChainReport(Instant checkedAt, int chains, int records, List<BrokenChain> broken) implements java.io.Serializable {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    public ChainReport verifyAll() {
        Map<Long, Integer> witnessed = witnessedLengths();
        TreeSet<Long> trainees = new TreeSet<>(ledger.trainees());
        trainees.addAll(witnessed.keySet());
        int records = 0;
        List<BrokenChain> broken = new ArrayList<>();
        for (long trainee : trainees) {
            List<ShadowingRecord> chain = ledger.chainOf(trainee);
            records += chain.size();
            verify(chain, witnessed.getOrDefault(trainee, 0)).ifPresent(b -> {
                Optional<Employee> e = people.find(trainee);
                broken.add(new BrokenChain(trainee, e.map(Employee::getPersonnelNumber).orElse(null),
                        e.map(Employee::getFullName).orElse("#" + trainee), b.recordId(), b.seq(), b.problem()));
            });
        }
        return new ChainReport(clock.instant(), trainees.size(), records, List.copyOf(broken));
    }

    /** The first break of one chain: stored values, hashes and sequence first, then photos. */
    Optional<HashChain.Break> verify(List<ShadowingRecord> chain, int witnessedLength) {
        List<HashChain.Link> links = new ArrayList<>();
        for (ShadowingRecord r : chain) {
            try {
                links.add(r.link());
            } catch (IllegalArgumentException malformed) {
                // Verify what came before it first: an earlier break is the one to report.
                Optional<HashChain.Break> earlier = HashChain.verify(links, 0);
                return earlier.isPresent() ? earlier : Optional.of(new HashChain.Break(r.getId(), r.getSeq(),
                        "stored values no longer make a valid record (" + malformed.getMessage() + ")"));
            }
        }
        Optional<HashChain.Break> found = HashChain.verify(links, witnessedLength);
        for (ShadowingRecord r : chain) {
            if (found.isPresent() && found.get().seq() <= r.getSeq()) {
                break;
            }
            Optional<HashChain.Break> photo = photoBreak(r);
            if (photo.isPresent()) {
                return photo;
            }
        }
        return found;
    }

    private Optional<HashChain.Break> photoBreak(ShadowingRecord r) {
        String expected = r.content().photoSha256();
        if (r.getPhotoId() == null) {
            return expected == null ? Optional.empty()
                    : Optional.of(new HashChain.Break(r.getId(), r.getSeq(), "the photo of this record is missing"));
        }
        Optional<SignOffPhoto> photo = ledger.photo(r.getPhotoId());
        if (photo.isEmpty() || !PhotoFormat.sha256(photo.get().getBytes()).equals(expected)) {
            return Optional.of(new HashChain.Break(r.getId(), r.getSeq(), "the photo of this record was changed or removed"));
        }
        return Optional.empty();
    }

    /** How many records the audit trail saw appended to each trainee's chain. */
    private Map<Long, Integer> witnessedLengths() {
        Map<Long, Integer> lengths = new HashMap<>();
        List<AuditEntry> entries = audit.find(new AuditTrail.AuditFilter(ShadowingLedger.AUDIT_TYPE, null, null, null, null, null),
                0, Integer.MAX_VALUE);
        for (AuditEntry entry : entries) {
            String[] parts = entry.getEntityId().split("#");
            try {
                lengths.merge(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Math::max);
            } catch (RuntimeException notOurs) {
                // an entry in another format is not a witness
            }
        }
        return lengths;
    }
}
