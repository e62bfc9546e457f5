package org.firstshift.elearning.cmi5.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.cmi5.application.Cmi5Launches;
import org.firstshift.elearning.cmi5.domain.Cmi5Session;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.PackageFile;
import org.firstshift.elearning.packages.domain.scorm.ManifestReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a cmi5 course's files at {@code /player/cmi5/<content token>/<path>} to the AU of one
 * launch, with the same sandbox as SCORM content (opaque origin, no cookies, framed only by
 * FirstShift) with one difference: the AU may connect to this LMS's origin, where it fetches its
 * token and talks xAPI (cross-origin, see {@code LrsCors}). SCORM content keeps {@code connect-src 'none'}.
 */
@WebServlet(urlPatterns = "/player/cmi5/*")
public class Cmi5PlayerServlet extends HttpServlet {
    private static final Pattern TOKEN_PATH = Pattern.compile("/([0-9a-f]{48})/(.+)");

    @Inject
    Cmi5Launches launches;

    @Inject
    PackageCatalog catalog;

    static String policy(String lmsOrigin) {
        return "sandbox allow-scripts allow-forms; default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "media-src 'self' blob:; font-src 'self' data:; connect-src " + lmsOrigin + "; object-src 'none'; base-uri 'self'; "
                + "form-action 'none'; frame-ancestors 'self'";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = TOKEN_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(404);
            return;
        }
        String path = ManifestReader.localPath(m.group(2).replace("%", "%25"));
        Optional<Cmi5Session> session = launches.byContentToken(m.group(1));
        Optional<PackageFile> file = path == null || session.isEmpty() ? Optional.empty()
                : catalog.byCode(session.get().getPackageCode()).flatMap(p -> catalog.file(p.getId(), path));
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("Content-Security-Policy", policy(origin(request)));
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setContentType(file.get().getContentType());
        byte[] bytes = file.get().getBytes();
        if (file.get().getContentType().startsWith("text/html")) {
            bytes = withCookieGuard(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * In the sandbox (no allow-same-origin) reading {@code document.cookie} throws a SecurityError.
     * axios, which xAPI/cmi5 client libraries such as {@code @xapi/cmi5} use, reads it for its XSRF
     * header whenever the request URL has the page URL's origin, which the LRS here has; so every
     * request of such an AU would fail. The guard, run before the AU's own scripts, gives the
     * document an empty, write-ignoring {@code cookie} property (there are no cookies there anyway).
     */
    static final String COOKIE_GUARD = "<script>try{document.cookie}catch(e){Object.defineProperty(document,'cookie',"
            + "{configurable:true,get:function(){return ''},set:function(){}})}</script>";
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    static String withCookieGuard(String html) {
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            return html.substring(0, head.end()) + COOKIE_GUARD + html.substring(head.end());
        }
        return COOKIE_GUARD + html;
    }

    /** scheme://host[:port] of this request: where the AU's fetch and xAPI calls go. */
    static String origin(HttpServletRequest r) {
        int port = r.getServerPort();
        boolean standard = ("http".equals(r.getScheme()) && port == 80) || ("https".equals(r.getScheme()) && port == 443);
        return r.getScheme() + "://" + r.getServerName() + (standard ? "" : ":" + port);
    }
}
