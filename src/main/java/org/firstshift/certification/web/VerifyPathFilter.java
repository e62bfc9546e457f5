package org.firstshift.certification.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pretty public address of a certificate, {@code /verify/{code}} (printed as the QR code),
 * shown by the Faces page {@code /verify.xhtml}. No security constraint covers either, so no
 * sign-in is asked for.
 */
@WebFilter(urlPatterns = "/verify/*")
public class VerifyPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/verify/".length());
        String code = path.length() > 64 ? path.substring(0, 64) : path;
        request.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
