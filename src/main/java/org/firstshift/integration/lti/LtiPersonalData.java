package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firstshift.integration.domain.LtiLink;
import org.firstshift.platform.privacy.PersonalData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launches an employee made from other platforms: which activity, from which platform, the
 * platform's id for them. Erasure forgets that id; the anonymous launch stays (scores already sent
 * are the platform's business).
 */
@ApplicationScoped
public class LtiPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "lti";
    }

    @Override
    public Object export(long employeeId) {
        return links(employeeId).stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("platformId", l.getPlatformId());
            m.put("platformUserId", l.getLtiUser());
            m.put("activity", l.getActivityType() + ":" + l.getActivityRef());
            m.put("launchedAt", l.getLaunchedAt().toString());
            return m;
        }).toList();
    }

    @Override
    public String erase(long employeeId) {
        List<LtiLink> links = links(employeeId);
        links.forEach(LtiLink::forgetUser);
        return links.size() + " LTI launch(es): platform user id forgotten";
    }

    private List<LtiLink> links(long employeeId) {
        return em.createNamedQuery("LtiLink.ofEmployee", LtiLink.class).setParameter("employee", employeeId).getResultList();
    }
}
