package org.firstshift.integration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.integration.application.ApiTokens;
import org.firstshift.integration.application.EventTypes;
import org.firstshift.integration.application.WebhookSender;
import org.firstshift.integration.application.Webhooks;
import org.firstshift.integration.domain.ApiToken;
import org.firstshift.integration.domain.Scope;
import org.firstshift.integration.domain.Webhook;
import org.firstshift.integration.domain.WebhookDelivery;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/integration.xhtml}: service tokens for systems, webhooks, and the latest deliveries
 * with their status and attempts. Secrets (a token, a hook's signing secret) are shown once.
 */
@Named
@RequestScoped
public class IntegrationAdminPage {

    @Inject
    ApiTokens tokens;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    LanguageChoice language;

    private String tokenName;
    private List<String> tokenScopes = new ArrayList<>(List.of(Scope.SCIM));
    private Integer tokenDays = 365;
    private String createdToken;

    private String hookUrl;
    private String hookEvents = "*";
    private String hookDescription;
    private String createdSecret;

    private String text(String key) {
        return Messages.of("integration", language.getLocale()).get(key);
    }

    public List<ApiToken> getServiceTokens() {
        return tokens.serviceTokens();
    }

    public List<String> getScopeChoices() {
        return new ArrayList<>(Scope.all());
    }

    public String status(ApiToken t) {
        return text("token.status." + t.status(clock.instant()));
    }

    public String owner(ApiToken t) {
        return tokens.ownerName(t);
    }

    public void createToken() {
        FacesMessages.attempt(() -> createdToken = tokens.issueService(user.account().orElseThrow(), tokenName,
                tokenScopes, tokenDays).secret());
    }

    public void revokeToken(long id) {
        if (FacesMessages.attempt(() -> tokens.revokeService(id))) {
            FacesMessages.info(text("token.revoked"));
        }
    }

    public List<Webhook> getWebhooks() {
        return webhooks.all();
    }

    public List<String> getKnownEventTypes() {
        return EventTypes.KNOWN;
    }

    public List<WebhookDelivery> getDeliveries() {
        return webhooks.recentDeliveries(50);
    }

    public void registerHook() {
        FacesMessages.attempt(() -> createdSecret = webhooks.register(hookUrl, Webhooks.split(hookEvents), hookDescription,
                user.getUsername()).secret());
    }

    public void sendTest(long hookId) {
        if (FacesMessages.attempt(() -> webhooks.sendTest(hookId))) {
            sender.soon();
            FacesMessages.info(text("hook.testQueued"));
        }
    }

    public void setActive(long hookId, boolean active) {
        FacesMessages.attempt(() -> webhooks.setActive(hookId, active));
    }

    public void redeliver(long deliveryId) {
        if (FacesMessages.attempt(() -> webhooks.redeliver(deliveryId))) {
            sender.soon();
            FacesMessages.info(text("delivery.requeued"));
        }
    }

    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public List<String> getTokenScopes() { return tokenScopes; }
    public void setTokenScopes(List<String> tokenScopes) { this.tokenScopes = tokenScopes; }
    public Integer getTokenDays() { return tokenDays; }
    public void setTokenDays(Integer tokenDays) { this.tokenDays = tokenDays; }
    public String getCreatedToken() { return createdToken; }
    public String getHookUrl() { return hookUrl; }
    public void setHookUrl(String hookUrl) { this.hookUrl = hookUrl; }
    public String getHookEvents() { return hookEvents; }
    public void setHookEvents(String hookEvents) { this.hookEvents = hookEvents; }
    public String getHookDescription() { return hookDescription; }
    public void setHookDescription(String hookDescription) { this.hookDescription = hookDescription; }
    public String getCreatedSecret() { return createdSecret; }
}
