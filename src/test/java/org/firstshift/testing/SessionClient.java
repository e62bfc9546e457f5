package org.firstshift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser session without the browser: signs in through the login form (the Faces
 * page, like a person) and from then on sends the cookies it got (the session id, and Payara's
 * session version of a replicated session) to whichever server it is pointed at, as a browser behind
 * a load balancer would. No HTTP Basic, no token: a request succeeds only if that server knows
 * the session. Made for the cluster test, where the same session moves from one node to another.
 */
public final class SessionClient {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Every cookie the servers set, like a browser keeps them: JSESSIONID and Payara's JSESSIONIDVERSION. */
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

    /** Signs in as a demo user through the login form of the server at base. */
    public static SessionClient signIn(URL base, String demoUser) {
        SessionClient client = new SessionClient();
        Api.Reply form = client.get(base, "/login.xhtml");
        if (form.status() != 200) {
            throw new AssertionError("the login page did not open: " + form);
        }
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new AssertionError("the login page has no view state: " + form.body());
        }
        String body = "login=login&login%3Anext=&login%3Ausername=" + encode(demoUser)
                + "&login%3Apassword=" + encode(DemoUsers.passwordOf(demoUser))
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + encode(state.group(1));
        Api.Reply signedIn = client.send(HttpRequest.newBuilder(uri(base, "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.status() != 302 || signedIn.header("Location").contains("login.xhtml")) {
            throw new AssertionError(demoUser + " could not sign in: " + signedIn);
        }
        return client;
    }

    /** The session id this client sends (the server changes it at sign-in, against fixation). */
    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    public Api.Reply get(URL base, String path) {
        return send(HttpRequest.newBuilder(uri(base, path)).header("Accept", "application/json, text/html").GET());
    }

    public Api.Reply postJson(URL base, String path, String json) {
        return send(HttpRequest.newBuilder(uri(base, path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Api.Reply putJson(URL base, String path, String json) {
        return send(HttpRequest.newBuilder(uri(base, path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Api.Reply send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : r.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(cookie);
                if (m.find()) {
                    cookies.put(m.group(1), m.group(2));
                }
            }
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(URL base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
