package org.firstshift.integration.lti;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.i18n.Messages;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The LTI 1.3 tool's addresses, all open to anonymous callers because the platform's signed
 * messages are the credentials:
 * <ul>
 *   <li>{@code GET|POST /lti/login}: third-party initiated login, redirects to the platform;</li>
 *   <li>{@code POST /lti/launch}: by the time this runs, the authentication mechanism has checked
 *       the id_token ({@link LtiLaunchSignIn}); a resource-link launch goes on to the activity, a
 *       deep-linking request to the picker, a refusal gets its status with a page (or
 *       problem+json for clients that ask for JSON) naming the reason;</li>
 *   <li>{@code GET|POST /lti/deep-link}: the picker and the auto-posted signed response;</li>
 *   <li>{@code GET /lti/jwks}: the tool's public keys.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/lti/login", LtiLaunchSignIn.LAUNCH_PATH, "/lti/deep-link", "/lti/jwks"})
public class LtiEndpoints extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(LtiEndpoints.class.getName());
    private static final String PENDING = "firstshift.lti.deepLinks";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient LoginInitiation logins;

    @Inject
    transient ToolKeys keys;

    @Inject
    transient DeepLinking deepLinking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case "/lti/login" -> login(request, response);
            case "/lti/jwks" -> {
                response.setContentType("application/json");
                response.getWriter().write(keys.publicKeys().toString());
            }
            case "/lti/deep-link" -> picker(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case "/lti/login" -> login(request, response);
            case LtiLaunchSignIn.LAUNCH_PATH -> afterLaunch(request, response);
            case "/lti/deep-link" -> chosen(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.sendRedirect(logins.start(request.getParameter("iss"), request.getParameter("login_hint"),
                    request.getParameter("target_link_uri"), request.getParameter("lti_message_hint"),
                    request.getParameter("client_id")).toString());
        } catch (RuntimeException e) {
            LaunchRefused refused = LtiLaunchSignIn.cause(e);
            if (refused == null) {
                throw e;
            }
            LOG.warning(() -> "LTI login refused (" + refused.reason() + "): " + refused.getMessage());
            refuse(request, response, refused);
        }
    }

    private void afterLaunch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(LtiLaunchSignIn.REFUSAL) instanceof LaunchRefused refused) {
            refuse(request, response, refused);
            return;
        }
        if (!(request.getAttribute(LtiLaunchSignIn.OUTCOME) instanceof LaunchCheck.Checked checked)) {
            refuse(request, response, new LaunchRefused(LaunchRefused.Reason.MALFORMED, "not a launch"));
            return;
        }
        if (checked.launch() != null) {
            LaunchCheck.Launch l = checked.launch();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + l.view() + "?ref="
                    + URLEncoder.encode(l.activityRef(), StandardCharsets.UTF_8));
            return;
        }
        String id = HexFormat.of().formatHex(randomBytes());
        pending(request.getSession(true)).put(id, checked.deepLink());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/lti/deep-link?request=" + id);
    }

    private void picker(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        Messages m = Messages.of("integration", locale);
        String id = request.getParameter("request");
        HttpSession session = request.getSession(false);
        if (id == null || session == null || !pending(session).containsKey(id)) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, locale, m.get("lti.picker.title"),
                    "<p>" + esc(m.get("lti.picker.expired")) + "</p>");
            return;
        }
        List<DeepLinking.Item> items = deepLinking.catalogue(locale);
        StringBuilder body = new StringBuilder("<p>").append(esc(m.get("lti.picker.intro"))).append("</p>");
        if (items.isEmpty()) {
            body.append("<p>").append(esc(m.get("lti.picker.none"))).append("</p>");
        } else {
            body.append("<form method=\"post\" action=\"").append(esc(request.getContextPath())).append("/lti/deep-link\">")
                    .append("<input type=\"hidden\" name=\"request\" value=\"").append(esc(id)).append("\">")
                    .append("<fieldset><legend>").append(esc(m.get("lti.picker.legend"))).append("</legend>");
            for (int i = 0; i < items.size(); i++) {
                DeepLinking.Item item = items.get(i);
                body.append("<p><input type=\"checkbox\" name=\"activity\" id=\"a").append(i).append("\" value=\"")
                        .append(esc(item.activity())).append("\"> <label for=\"a").append(i).append("\">")
                        .append(esc(item.title())).append(" <small>(").append(esc(item.activity())).append(")</small></label></p>");
            }
            body.append("</fieldset><p><button type=\"submit\">").append(esc(m.get("lti.picker.submit")))
                    .append("</button></p></form>");
        }
        page(response, HttpServletResponse.SC_OK, locale, m.get("lti.picker.title"), body.toString());
    }

    private void chosen(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        Messages m = Messages.of("integration", locale);
        String id = request.getParameter("request");
        HttpSession session = request.getSession(false);
        LaunchCheck.DeepLinkRequest pending = id == null || session == null ? null : pending(session).get(id);
        if (pending == null) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, locale, m.get("lti.picker.title"),
                    "<p>" + esc(m.get("lti.picker.expired")) + "</p>");
            return;
        }
        String[] activities = request.getParameterValues("activity");
        String jwt;
        try {
            jwt = deepLinking.response(pending, activities == null ? List.of() : Arrays.asList(activities), locale);
        } catch (LaunchRefused refused) {
            LOG.warning(() -> "LTI deep-linking choice refused (" + refused.reason() + "): " + refused.getMessage());
            refuse(request, response, refused);
            return;
        }
        pending(session).remove(id); // answered once
        page(response, HttpServletResponse.SC_OK, locale, m.get("lti.return.title"),
                "<form id=\"back\" method=\"post\" action=\"" + esc(pending.returnUrl()) + "\">"
                        + "<input type=\"hidden\" name=\"JWT\" value=\"" + esc(jwt) + "\">"
                        + "<p><button type=\"submit\">" + esc(m.get("lti.return.continue")) + "</button></p></form>"
                        + "<script>document.getElementById('back').submit();</script>");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, LaunchRefused refused)
            throws IOException {
        Locale locale = locale(request);
        Messages m = Messages.of("integration", locale);
        String text = m.get(refused.reason().messageKey());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("json") && !accept.contains("text/html")) {
            response.setStatus(refused.reason().status());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "urn:firstshift:lti:" + refused.reason().name().toLowerCase(Locale.ROOT))
                    .add("title", m.get("lti.refused.title")).add("status", refused.reason().status())
                    .add("detail", text).add("code", refused.reason().name()).build().toString());
            return;
        }
        page(response, refused.reason().status(), locale, m.get("lti.refused.title"),
                "<p>" + esc(text) + "</p><p><small>" + esc(m.get("lti.refused.code", refused.reason().name())) + "</small></p>");
    }

    private static void page(HttpServletResponse response, int status, Locale locale, String title, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " - FirstShift</title></head><body style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem\">"
                + "<main><h1>" + esc(title) + "</h1>" + body + "</main></body></html>");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LaunchCheck.DeepLinkRequest> pending(HttpSession session) {
        synchronized (session) {
            Object stored = session.getAttribute(PENDING);
            if (stored instanceof HashMap<?, ?> map) {
                return (Map<String, LaunchCheck.DeepLinkRequest>) map;
            }
            HashMap<String, LaunchCheck.DeepLinkRequest> map = new HashMap<>();
            session.setAttribute(PENDING, map);
            return map;
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static Locale locale(HttpServletRequest request) {
        return Languages.best(java.util.Collections.list(request.getLocales()));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
