package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.certification.domain.CertificateCodes;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.platform.privacy.PersonalData;

import java.util.List;
import java.util.Map;

/**
 * Certification cycles and certificates of an employee. Erasing keeps the cycles (certification,
 * dates, states: what reports count) but re-keys every certificate, so a code printed on paper no
 * longer verifies as anyone's, and blanks revocation reasons (free text).
 */
@ApplicationScoped
public class CertificationPersonalData implements PersonalData {

    @Inject
    Certifications certifications;

    private final CertificateCodes codes = new CertificateCodes();

    @Override
    public String section() {
        return "certification";
    }

    @Override
    public Object export(long employeeId) {
        List<Map<String, Object>> cycles = certifications.cyclesOf(employeeId).stream().map(c -> {
            Map<String, Object> m = c.snapshot();
            m.put("certificateCode", c.getCertificateCode());
            m.put("grantedAt", c.getGrantedAt().toString());
            return m;
        }).toList();
        return Map.of("cycles", cycles);
    }

    @Override
    public String erase(long employeeId) {
        List<CertificationCycle> cycles = certifications.cyclesOf(employeeId);
        cycles.forEach(c -> c.forget(codes.next()));
        return cycles.size() + " certificate(s) re-keyed so their printed codes no longer verify; cycles kept without free text";
    }
}
