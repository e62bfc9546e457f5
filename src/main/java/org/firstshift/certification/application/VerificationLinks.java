package org.firstshift.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Where certificates are verified, for the QR code and the badge: {@code firstshift.certification.verify-base-url}
 * when configured (e.g. {@code https://learn.example.com/}), otherwise the application's address
 * as the current request reached it.
 */
@ApplicationScoped
public class VerificationLinks {

    @Inject
    @ConfigProperty(name = "firstshift.certification.verify-base-url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "firstshift.certification.issuer-name", defaultValue = "FirstShift")
    String issuerName;

    /** The application's root address ending in '/', from configuration or else {@code requestRoot}. */
    public String root(URI requestRoot) {
        String root = configured.filter(s -> !s.isBlank()).orElse(requestRoot == null ? "http://localhost:8080/" : requestRoot.toString());
        return root.endsWith("/") ? root : root + "/";
    }

    public String verifyUrl(String certificateCode, URI requestRoot) {
        return root(requestRoot) + "verify/" + certificateCode;
    }

    public String issuerName() {
        return issuerName;
    }
}
