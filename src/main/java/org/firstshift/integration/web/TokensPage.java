package org.firstshift.integration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.integration.application.ApiTokens;
import org.firstshift.integration.domain.ApiToken;
import org.firstshift.integration.domain.Scope;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.web.FacesMessages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /profile/tokens.xhtml}: a person's own API tokens. A new token's text is shown once, on
 * the page that created it (request scope: it is gone on the next request).
 */
@Named
@RequestScoped
public class TokensPage {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    LanguageChoice language;

    private String name;
    private List<String> scopes = new ArrayList<>();
    private Integer days = 90;
    private String created;

    private Account me() {
        return user.account().orElseThrow();
    }

    public List<ApiToken> getTokens() {
        return tokens.personalOf(me());
    }

    /** The scopes this person can give a token: their roles, and the system scopes if they are an admin. */
    public List<String> getAvailableScopes() {
        List<String> out = new ArrayList<>();
        for (Role r : me().getRoles()) {
            out.add(r.name().toLowerCase(Locale.ROOT));
        }
        if (me().holds(Role.ADMIN)) {
            out.addAll(List.of(Scope.SCIM, Scope.WEBHOOKS));
        }
        return out;
    }

    public String status(ApiToken t) {
        return Messages.of("integration", language.getLocale()).get("token.status." + t.status(clock.instant()));
    }

    public void create() {
        FacesMessages.attempt(() -> created = tokens.issuePersonal(me(), name, scopes, days).secret());
        if (created != null) {
            name = null;
            scopes = new ArrayList<>();
        }
    }

    public void revoke(long id) {
        if (FacesMessages.attempt(() -> tokens.revokePersonal(me(), id))) {
            FacesMessages.info(Messages.of("integration", language.getLocale()).get("token.revoked"));
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getCreated() { return created; }
}
