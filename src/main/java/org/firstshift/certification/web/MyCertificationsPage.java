package org.firstshift.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.certification.application.Certifications;
import org.firstshift.platform.security.CurrentUser;

import java.util.List;

/** The learner's certifications page: each certification's status, recertification window and every cycle. */
@Named
@RequestScoped
public class MyCertificationsPage {

    @Inject
    CurrentUser user;

    @Inject
    Certifications certifications;

    private List<Certifications.Holding> holdings;

    public List<Certifications.Holding> getHoldings() {
        if (holdings == null) {
            holdings = user.employeeId().map(certifications::holdingsOf).orElse(List.of());
        }
        return holdings;
    }

    /** Newest cycle first, as people read a history. */
    public List<Certifications.CycleView> newestFirst(Certifications.Holding holding) {
        List<Certifications.CycleView> cycles = new java.util.ArrayList<>(holding.cycles());
        java.util.Collections.reverse(cycles);
        return cycles;
    }
}
