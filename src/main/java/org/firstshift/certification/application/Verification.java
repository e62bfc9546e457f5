package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.certification.domain.CertificateCodes;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.certification.domain.CycleStatus;
import org.firstshift.people.application.People;
import org.firstshift.platform.i18n.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What anyone may learn from a certificate code: the holder's name, the certification, the dates
 * and the status today. Nothing else about the holder (no personnel number, store or e-mail).
 */
@ApplicationScoped
public class Verification {

    @Inject
    Certifications certifications;

    @Inject
    People people;

    /** The public facts of one certificate. */
    public record Verified(String code, String holderName, String certificationCode, LocalizedText certificationName,
                           LocalDate validFrom, LocalDate validUntil, CycleStatus status) {
    }

    /** Empty for anything that is not a known code, whatever the reason (same answer either way). */
    public Optional<Verified> verify(String typedCode) {
        Optional<CertificationCycle> cycle = CertificateCodes.normalise(typedCode).flatMap(certifications::byCertificateCode);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        CertificationCycle c = cycle.get();
        List<CertificationCycle> all = certifications.cyclesOf(c.getEmployeeId());
        boolean continued = all.stream().anyMatch(o -> !o.revoked() && c.getId().equals(o.getPreviousCycleId()));
        String name = people.find(c.getEmployeeId()).map(e -> e.getFullName()).orElse("?");
        LocalizedText certificationName = certifications.byCode(c.getCertificationCode()).map(Certification::getName)
                .orElse(new LocalizedText(c.getCertificationCode(), c.getCertificationCode()));
        return Optional.of(new Verified(c.getCertificateCode(), name, c.getCertificationCode(), certificationName,
                c.getValidFrom(), c.getValidUntil(), c.statusOn(certifications.today(), continued)));
    }
}
