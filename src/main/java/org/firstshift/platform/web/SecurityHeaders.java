package org.firstshift.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * Security headers on every answer. The content security policy allows scripts and styles from
 * FirstShift itself only (PrimeFaces still needs inline handlers and eval, hence 'unsafe-inline'
 * and 'unsafe-eval'; no other origin can inject or frame anything). Pages under {@code /player/}
 * (e-learning packages) may be framed by FirstShift's own pages, nothing else may be framed at
 * all. Pages and API answers are personal, so browsers and proxies must not keep them; static
 * resources stay cacheable. HSTS is switched on by configuration when FirstShift is behind TLS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-src 'self'; frame-ancestors ";

    @Inject
    @ConfigProperty(name = "firstshift.security.hsts", defaultValue = "false")
    boolean hsts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean player = path.startsWith("/player/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", player ? "SAMEORIGIN" : "DENY");
        response.setHeader("Content-Security-Policy", POLICY + (player ? "'self'" : "'none'"));
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), payment=()");
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (hsts) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
