package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.certification.domain.Certification;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The certificate PDF and the badge of a cycle, for whoever may have them: its holder
 * ({@link #forHolder}) or HR ({@link #forAnyone}). A code that is not the holder's own answers
 * like an unknown code.
 */
@ApplicationScoped
public class CertificateDocuments {

    @Inject
    Certifications certifications;

    @Inject
    People people;

    @Inject
    CertificatePdf pdf;

    @Inject
    OpenBadges badges;

    @Inject
    VerificationLinks links;

    public Optional<CertificationCycle> forHolder(String code, long employeeId) {
        return forAnyone(code).filter(c -> c.getEmployeeId() == employeeId);
    }

    public Optional<CertificationCycle> forAnyone(String code) {
        return org.firstshift.certification.domain.CertificateCodes.normalise(code).flatMap(certifications::byCertificateCode);
    }

    public byte[] pdf(CertificationCycle cycle, Locale locale, URI requestRoot) {
        Employee holder = people.get(cycle.getEmployeeId());
        Certification certification = certifications.byCode(cycle.getCertificationCode()).orElseThrow();
        return pdf.render(new CertificatePdf.Content(holder.getFullName(), certification.getName().in(locale),
                cycle.getValidFrom(), cycle.getValidUntil(), cycle.getCertificateCode(),
                links.verifyUrl(cycle.getCertificateCode(), requestRoot), links.issuerName(), locale));
    }

    public String badge(CertificationCycle cycle, Locale locale, URI requestRoot) {
        Employee holder = people.get(cycle.getEmployeeId());
        Certification certification = certifications.byCode(cycle.getCertificationCode()).orElseThrow();
        return badges.export(new OpenBadges.Badge(links.root(requestRoot), links.issuerName(), cycle.getCertificateCode(),
                certification.getCode(), certification.getName().in(locale),
                certification.getDescription() == null ? null : certification.getDescription().in(locale).strip(),
                holder.getFullName(), cycle.getValidFrom(), cycle.getValidUntil()));
    }

    public static String fileName(CertificationCycle cycle) {
        return "certificate-" + cycle.getCertificationCode() + "-" + cycle.getCertificateCode() + ".pdf";
    }
}
