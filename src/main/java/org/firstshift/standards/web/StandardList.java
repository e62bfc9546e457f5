package org.firstshift.standards.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;

import java.util.List;

/** The author's list of standards: title, the published version, whether a draft is open. */
@Named
@RequestScoped
public class StandardList {

    @Inject
    Standards standards;

    private List<ServiceStandard> all;

    public List<ServiceStandard> getStandards() {
        if (all == null) {
            all = standards.all();
        }
        return all;
    }

    public Integer publishedNumber(ServiceStandard s) {
        return s.published().map(StandardVersion::getNumber).orElse(null);
    }

    public Integer draftNumber(ServiceStandard s) {
        return s.draft().map(StandardVersion::getNumber).orElse(null);
    }
}
