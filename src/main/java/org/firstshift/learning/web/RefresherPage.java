package org.firstshift.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.learning.application.Refreshers;
import org.firstshift.learning.domain.Refresher;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;

import java.io.Serializable;
import java.util.List;

/** A refresher: only the rules that changed, and "I have read the changes". Only one's own. */
@Named
@ViewScoped
public class RefresherPage implements Serializable {

    @Inject
    Refreshers refreshers;

    @Inject
    Standards standards;

    @Inject
    CurrentUser user;

    private Long id;
    private Refresher refresher;

    public void open() {
        if (id == null) {
            return;
        }
        try {
            Refresher r = refreshers.get(id);
            if (user.employeeId().map(me -> me == r.getEmployeeId()).orElse(false)) {
                refresher = r;
            }
        } catch (NotFoundException e) {
            refresher = null;
        }
    }

    public List<Rule> getRules() {
        return refresher == null ? List.of()
                : refresher.getRuleCodes().stream().flatMap(c -> standards.publishedRule(c).stream()).toList();
    }

    public String confirm() {
        refreshers.complete(id, user.employeeId().orElseThrow());
        return "/learner/home.xhtml?faces-redirect=true";
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Refresher getRefresher() { return refresher; }
}
