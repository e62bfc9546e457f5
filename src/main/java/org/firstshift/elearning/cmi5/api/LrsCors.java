package org.firstshift.elearning.cmi5.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * CORS for the LRS ({@code /xapi/*}) and the cmi5 fetch URL. A cmi5 AU played from a package runs
 * in a sandboxed frame with an opaque origin ("null"), so every request it makes is cross-origin.
 * Both resources authenticate by a token the script sends itself (HTTP Basic header or the fetch
 * key in the path), never by cookies, so any origin may call them: {@code Access-Control-Allow-Origin: *}
 * without credentials. Preflights are answered here; nothing else of FirstShift is opened up.
 */
@WebFilter(urlPatterns = {"/xapi/*", "/api/cmi5-fetch/*"}, asyncSupported = true)
public class LrsCors extends HttpFilter {
    static final String HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match";
    static final String EXPOSED = "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through, Content-Type";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(204);
            return;
        }
        chain.doFilter(request, response);
    }
}
