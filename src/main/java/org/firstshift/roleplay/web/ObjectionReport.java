package org.firstshift.roleplay.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.roleplay.application.RoleplayAnalytics;

import java.util.List;

/** HR's view: which objections new hires handle worst. */
@Named
@RequestScoped
public class ObjectionReport {
    @Inject
    RoleplayAnalytics analytics;

    public List<RoleplayAnalytics.ObjectionStats> getRows() {
        return analytics.objectionsForNewHires();
    }
}
