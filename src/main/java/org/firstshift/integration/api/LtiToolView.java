package org.firstshift.integration.api;

/** What a platform's admin enters about FirstShift: its LTI 1.3 addresses. */
public record LtiToolView(String loginInitiationUrl, String redirectUrl, String targetLinkUrl, String deepLinkingUrl,
                          String jwksUrl, String customParameterExample) {
}
