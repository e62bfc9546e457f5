package org.firstshift.integration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.integration.domain.LtiPlatform;
import org.firstshift.integration.lti.LoginInitiation;
import org.firstshift.integration.lti.LtiPlatforms;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.web.FacesMessages;

import java.util.Arrays;
import java.util.List;

/**
 * {@code /admin/lti.xhtml}: the tool's addresses to enter at another learning platform, the
 * platforms registered here, and a form to register one.
 */
@Named
@RequestScoped
public class LtiPlatformsPage {

    @Inject
    LtiPlatforms platforms;

    @Inject
    LoginInitiation logins;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private String name;
    private String issuer;
    private String clientId;
    private String deploymentIds;
    private String authLoginUrl;
    private String authTokenUrl;
    private String jwksUrl;

    public String getLaunchUrl() {
        return logins.launchUrl();
    }

    public String getLoginUrl() {
        return logins.launchUrl().replaceFirst("launch$", "login");
    }

    public String getJwksToolUrl() {
        return logins.launchUrl().replaceFirst("launch$", "jwks");
    }

    public List<LtiPlatform> getPlatforms() {
        return platforms.all();
    }

    public void register() {
        List<String> deployments = deploymentIds == null ? List.of()
                : Arrays.stream(deploymentIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (FacesMessages.attempt(() -> platforms.register(new LtiPlatforms.Registration(name, issuer, clientId,
                deployments, authLoginUrl, authTokenUrl, jwksUrl), user.getUsername()))) {
            FacesMessages.info(Messages.of("integration", language.getLocale()).get("lti.admin.registered", name));
            name = issuer = clientId = deploymentIds = authLoginUrl = authTokenUrl = jwksUrl = null;
        }
    }

    public void setActive(long id, boolean active) {
        FacesMessages.attempt(() -> platforms.setActive(id, active));
    }

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String v) { this.issuer = v; }
    public String getClientId() { return clientId; }
    public void setClientId(String v) { this.clientId = v; }
    public String getDeploymentIds() { return deploymentIds; }
    public void setDeploymentIds(String v) { this.deploymentIds = v; }
    public String getAuthLoginUrl() { return authLoginUrl; }
    public void setAuthLoginUrl(String v) { this.authLoginUrl = v; }
    public String getAuthTokenUrl() { return authTokenUrl; }
    public void setAuthTokenUrl(String v) { this.authTokenUrl = v; }
    public String getJwksUrl() { return jwksUrl; }
    public void setJwksUrl(String v) { this.jwksUrl = v; }
}
