package org.firstshift.elearning.packages.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.packages.api.AttemptViews;
import org.firstshift.elearning.packages.application.PackageAttempts;
import org.firstshift.elearning.packages.application.PackageCatalog;
import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageAttempt;
import org.firstshift.elearning.packages.domain.PackageFile;
import org.firstshift.elearning.packages.domain.scorm.CmiRules;
import org.firstshift.elearning.packages.domain.scorm.ManifestReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a package's files to its player frame at {@code /player/t/<launch token>/<path>}.
 *
 * <p>Isolation: every answer carries {@code Content-Security-Policy: sandbox allow-scripts
 * allow-forms}, so even opened outside our frame the content runs in an opaque origin: it cannot
 * read FirstShift's cookies, storage or pages, and its requests carry no session. That is why
 * files are found by the launch token (an unguessable value, renewed at each launch) instead of
 * the session. The content may only be framed by FirstShift's own pages, may not connect
 * anywhere and may not submit forms elsewhere. HTML pages get the attempt's data model and the
 * SCORM API shim ({@code /player/scorm-shim.js}) injected at the top of {@code <head>}; the shim
 * talks to the framing page by postMessage only.
 */
@WebServlet(urlPatterns = "/player/t/*")
public class PlayerServlet extends HttpServlet {
    /** Created on first use, so the pure parts of this class need no JSON-B provider. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private static final Pattern TOKEN_PATH = Pattern.compile("/([0-9a-f]{48})/(.+)");
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    static final String POLICY = "sandbox allow-scripts allow-forms; default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "media-src 'self' blob:; font-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'self'; "
            + "form-action 'none'; frame-ancestors 'self'";

    @Inject
    PackageAttempts attempts;

    @Inject
    PackageCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m = TOKEN_PATH.matcher(info);
        if (!m.matches()) {
            response.sendError(404);
            return;
        }
        String path = ManifestReader.localPath(m.group(2).replace("%", "%25"));
        Optional<PackageAttempt> attempt = attempts.byToken(m.group(1));
        if (path == null || attempt.isEmpty()) {
            response.sendError(404);
            return;
        }
        ElearningPackage pkg = catalog.byId(attempt.get().getPackageId()).orElse(null);
        Optional<PackageFile> file = pkg == null ? Optional.empty() : catalog.file(pkg.getId(), path);
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setContentType(file.get().getContentType());
        byte[] bytes = file.get().getBytes();
        if (file.get().getContentType().startsWith("text/html") && pkg.isScorm()) {
            bytes = inject(new String(bytes, StandardCharsets.UTF_8), bootstrap(request, attempt.get(), pkg)).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The attempt's data model and rules for the shim, then the shim itself. */
    private String bootstrap(HttpServletRequest request, PackageAttempt attempt, ElearningPackage pkg) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("kind", pkg.getKind().name());
        cfg.put("attempt", attempt.getId());
        cfg.put("values", AttemptViews.forContent(attempt.values()));
        cfg.put("rules", org.firstshift.elearning.packages.api.PackageAttemptResource.rules(pkg.getKind()));
        cfg.put("children", CmiRules.children(pkg.getKind()));
        // adl.nav.request_valid.* answered from the sequencing engine as it stood at launch.
        cfg.put("navValid", pkg.getKind() == org.firstshift.elearning.packages.domain.PackageKind.SCORM_2004
                ? attempts.navValid(attempt) : Map.of());
        // "<" escaped so no value can close the script element.
        String json = Json.JSONB.toJson(cfg).replace("<", "\\u003c");
        return "<script>window.FS_PLAYER=" + json + ";</script><script src=\"" + request.getContextPath()
                + "/player/scorm-shim.js\"></script>";
    }

    static String inject(String html, String scripts) {
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            return html.substring(0, head.end()) + scripts + html.substring(head.end());
        }
        String lower = html.toLowerCase(Locale.ROOT);
        int at = lower.startsWith("<!doctype") ? html.indexOf('>') + 1 : 0;
        return html.substring(0, at) + scripts + html.substring(at);
    }
}
