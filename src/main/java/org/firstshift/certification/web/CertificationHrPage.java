package org.firstshift.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.certification.application.CertificationGrants;
import org.firstshift.certification.application.CertificationRecords;
import org.firstshift.certification.domain.CycleStatus;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.domain.Location;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * HR's certifications page: per store, who lapses in the next 60 days, who has lapsed, everyone's
 * certifications; and revoking a certificate with a reason.
 */
@Named
@ViewScoped
public class CertificationHrPage implements Serializable {
    static final int UPCOMING_DAYS = 60;

    @Inject
    CertificationRecords records;

    @Inject
    CertificationGrants grants;

    @Inject
    Organisation organisation;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    @Inject
    java.time.Clock clock;

    private String store;
    private Long cycleToRevoke;
    private String reason;
    private transient List<CertificationRecords.Row> all;

    @PostConstruct
    void open() {
        refresh();
    }

    public void refresh() {
        all = records.holders(store, null, false);
    }

    public List<CertificationRecords.Row> getLapsing() {
        java.time.LocalDate limit = java.time.LocalDate.now(clock).plusDays(UPCOMING_DAYS);
        return getAll().stream().filter(r -> r.holding().status() == CycleStatus.VALID
                && !r.holding().validUntil().isAfter(limit)).toList();
    }

    public List<CertificationRecords.Row> getExpired() {
        return getAll().stream().filter(r -> r.holding().status() == CycleStatus.EXPIRED).toList();
    }

    public List<CertificationRecords.Row> getAll() {
        if (all == null) {
            refresh();
        }
        return all;
    }

    /** Cycles that can still be revoked, for the revoke form. */
    public List<RevocableCycle> getRevocable() {
        return getAll().stream().flatMap(r -> r.holding().cycles().stream()
                .filter(c -> c.status() == CycleStatus.VALID || c.status() == CycleStatus.UPCOMING)
                .map(c -> new RevocableCycle(c.cycle().getId(), r.employee().getFullName() + " · "
                        + r.holding().certification().getName().in(language.getLocale()) + " · "
                        + language.date(c.cycle().getValidFrom()) + " – " + language.date(c.cycle().getValidUntil())
                        + " · " + c.cycle().getCertificateCode()))).toList();
    }

    public record RevocableCycle(long id, String label) {
    }

    public void revoke() {
        Messages m = Messages.of("certification", language.getLocale());
        if (cycleToRevoke == null) {
            FacesMessages.error(m.get("hr.revoke.choose"));
            return;
        }
        if (FacesMessages.attempt(() -> grants.revoke(cycleToRevoke, user.getUsername(), reason))) {
            FacesMessages.info(m.get("hr.revoke.done"));
            cycleToRevoke = null;
            reason = null;
        }
        refresh();
    }

    public List<Location> getStores() {
        return organisation.locations();
    }

    public String getStore() { return store; }
    public void setStore(String store) { this.store = store; }
    public Long getCycleToRevoke() { return cycleToRevoke; }
    public void setCycleToRevoke(Long cycleToRevoke) { this.cycleToRevoke = cycleToRevoke; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
