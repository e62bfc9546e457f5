package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firstshift.certification.domain.CertificationCycle;
import org.firstshift.platform.results.ResultBook;
import org.firstshift.platform.results.ResultSource;

import java.time.Instant;
import java.util.Set;

/**
 * Hands every cycle to an evaluation, as it stood at {@code asOf}: cycles granted later are left
 * out, and a cycle counts as revoked only if it was revoked by then. One query per 500 employees.
 */
@ApplicationScoped
public class CertificationResults implements ResultSource {

    @Inject
    Certifications certifications;

    @Override
    public void collect(Set<Long> employeeIds, Instant asOf, ResultBook book) {
        if (employeeIds.isEmpty()) {
            return;
        }
        for (CertificationCycle c : certifications.cyclesOf(employeeIds)) {
            if (c.getGrantedAt().isAfter(asOf)) {
                continue;
            }
            boolean revoked = c.revoked() && c.getClosedAt() != null && !c.getClosedAt().isAfter(asOf);
            book.add(new ResultBook.CertificationCycle(c.getEmployeeId(), c.getCertificationCode(), c.getValidFrom(),
                    c.getValidUntil(), revoked));
        }
    }
}
