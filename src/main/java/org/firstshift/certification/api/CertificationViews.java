package org.firstshift.certification.api;

import org.firstshift.certification.application.Certifications;
import org.firstshift.certification.application.Verification;
import org.firstshift.certification.domain.CertificationCycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the certification API. */
public final class CertificationViews {
    private CertificationViews() {
    }

    /** One certification as one employee holds it, with every cycle, oldest first. */
    public record HoldingView(String certificationCode, String certificationName, String status, LocalDate validUntil,
                              boolean recertificationWindowOpen, LocalDate recertificationOpensOn, List<CycleView> cycles) {
    }

    /** One cycle and its certificate; {@code certificatePdf} is a path under the API for the asker. */
    public record CycleView(long id, LocalDate validFrom, LocalDate validUntil, String status, String origin,
                            String examCode, Long attemptId, Long continuesCycleId, String certificateCode,
                            String certificatePdf, String badge, String verifyPage, String revokeReason) {
    }

    /** HR's row: who holds it, where they work. */
    public record HolderView(long employeeId, String personnelNumber, String name, String store, HoldingView holding) {
    }

    /** Public: nothing about the holder beyond the name. */
    public record PublicCertificate(String code, String holderName, String certificationCode, String certificationName,
                                    LocalDate validFrom, LocalDate validUntil, String status, boolean valid) {
    }

    static HoldingView holding(Certifications.Holding h, Locale locale, String documentsPath) {
        List<CycleView> cycles = h.cycles().stream().map(v -> cycle(v, documentsPath)).toList();
        return new HoldingView(h.certification().getCode(), h.certification().getName().in(locale), h.status().name(),
                h.validUntil(), h.windowOpen(), h.windowOpens(), cycles);
    }

    static CycleView cycle(Certifications.CycleView v, String documentsPath) {
        CertificationCycle c = v.cycle();
        return new CycleView(c.getId(), c.getValidFrom(), c.getValidUntil(), v.status().name(), c.getOrigin().name(),
                c.getExamCode(), c.getAttemptId(), c.getPreviousCycleId(), c.getCertificateCode(),
                documentsPath + c.getCertificateCode() + ".pdf", documentsPath + c.getCertificateCode() + "/badge",
                "/verify/" + c.getCertificateCode(), c.getRevokeReason());
    }

    static PublicCertificate publicView(Verification.Verified v, Locale locale) {
        return new PublicCertificate(v.code(), v.holderName(), v.certificationCode(), v.certificationName().in(locale),
                v.validFrom(), v.validUntil(), v.status().name(), v.status() == org.firstshift.certification.domain.CycleStatus.VALID);
    }
}
