package org.firstshift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's browser, without the browser: keeps cookies (the application's session and the
 * provider's), follows nothing by itself, and walks the company sign-in step by step so tests can
 * look at, or tamper with, each hop: FirstShift's {@code /oidc/login}, the provider's login form,
 * the callback.
 */
public final class CompanySignInClient {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI app;

    public CompanySignInClient(URL app) {
        this.app = URI.create(app.toString());
    }

    /** {@code GET /oidc/login?next=...}: the provider's authorization address FirstShift sends the browser to. */
    public URI start(String next) {
        Api.Reply reply = get(app.resolve("/oidc/login" + (next == null ? "" : "?next=" + encode(next))));
        if (reply.status() != 302) {
            throw new AssertionError("expected a redirect to the provider: " + reply);
        }
        return URI.create(reply.header("Location"));
    }

    /**
     * Signs in at the provider's login form as {@code subject} with these extra ID token claims
     * (JSON); the answer is where the provider sends the browser back (FirstShift's callback).
     */
    public URI signInAtProvider(URI authorization, String subject, String claimsJson) {
        Api.Reply form = get(authorization);
        if (form.status() != 200 || !form.body().contains("name=\"username\"")) {
            throw new AssertionError("expected the provider's login form: " + form);
        }
        Api.Reply answer = send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(subject) + "&claims=" + encode(claimsJson))));
        if (answer.status() != 302) {
            throw new AssertionError("expected the provider to send the browser back: " + answer);
        }
        return URI.create(answer.header("Location"));
    }

    /** The whole company sign-in; the answer is FirstShift's last redirect (the page, or the login page with a reason). */
    public String signIn(String next, String subject, String claimsJson) {
        return get(signInAtProvider(start(next), subject, claimsJson)).header("Location");
    }

    public Api.Reply get(String path) {
        return get(app.resolve(path));
    }

    public Api.Reply get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json, text/html").GET());
    }

    /** The value of the session cookie FirstShift set, or null. */
    public String sessionId() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().get(app).stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The same address with one query parameter replaced, as someone tampering with it would. */
    public static URI withParameter(URI uri, String name, String value) {
        StringBuilder query = new StringBuilder();
        query(uri).forEach((n, v) -> query.append(query.length() == 0 ? "" : "&").append(encode(n)).append('=')
                .append(encode(n.equals(name) ? value : v)));
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('?') + 1) + query);
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
