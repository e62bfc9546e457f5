package org.firstshift.certification.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pretty public address of a certificate, {@code /verify/{code}} (printed as the QR code),
 * shown by the Faces page {@code /verify.xhtml}. A servlet rather than a filter, so that every
 * filter (security headers) has run on the request before it is forwarded. No security constraint
 * covers either address, so no sign-in is asked for.
 */
@WebServlet(urlPatterns = "/verify/*")
public class VerifyPathServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (code.length() > 64) {
            code = code.substring(0, 64);
        }
        request.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
