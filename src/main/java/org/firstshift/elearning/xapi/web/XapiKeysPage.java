package org.firstshift.elearning.xapi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.elearning.xapi.application.LrsKeys;
import org.firstshift.elearning.xapi.domain.XapiCredential;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.time.Clock;
import java.util.List;

/**
 * {@code /admin/xapi-keys.xhtml}: LRS keys for content vendors and tools. A new key's secret is shown
 * once, right after it is made.
 */
@Named
@RequestScoped
public class XapiKeysPage {

    @Inject
    LrsKeys keys;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    LanguageChoice language;

    private String name;
    private LrsKeys.NewKey created;

    public List<XapiCredential> getKeys() {
        return keys.keys();
    }

    public String status(XapiCredential c) {
        return Messages.of("xapi", language.getLocale()).get("key.status." + c.status(clock.instant()));
    }

    public void create() {
        FacesMessages.attempt(() -> created = keys.create(name, user.getUsername()));
    }

    public void revoke(long id) {
        if (FacesMessages.attempt(() -> keys.revoke(id))) {
            FacesMessages.info(Messages.of("xapi", language.getLocale()).get("key.revoked"));
        }
    }

    public String getCreatedKey() {
        return created == null ? null : created.credential().getKeyId();
    }

    public String getCreatedSecret() {
        return created == null ? null : created.secret();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
