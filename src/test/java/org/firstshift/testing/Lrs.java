package org.firstshift.testing;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A black-box xAPI client for tests: sends an {@code Authorization} header (an LRS key, a launch
 * credential, or none) and {@code X-Experience-API-Version} on every request unless told otherwise.
 */
public final class Lrs {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final String authorization;
    private final String version;

    private Lrs(URL base, String authorization, String version) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.authorization = authorization;
        this.version = version;
    }

    /** A client with the given {@code Authorization} value (e.g. {@code Basic ...}) speaking xAPI 2.0.0. */
    public static Lrs with(URL base, String authorization) {
        return new Lrs(base, authorization, "2.0.0");
    }

    /** An LRS key made by the demo admin through the API. */
    public static Lrs newKey(URL base, String name) {
        Api.Reply r = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys", "{\"name\":\"" + name + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("creating an LRS key failed: " + r);
        }
        return with(base, r.json().getString("authorization"));
    }

    /** The same client sending another version header (null: none). */
    public Lrs version(String v) {
        return new Lrs(toUrl(), authorization, v);
    }

    private URL toUrl() {
        try {
            return base.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Api.Reply get(String path) {
        return send(request(path, Map.of()).GET());
    }

    public Api.Reply get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    public Api.Reply post(String path, JsonObject json) {
        return post(path, json.toString());
    }

    public Api.Reply post(String path, String json) {
        return send(request(path, Map.of("Content-Type", "application/json")).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Api.Reply put(String path, String json) {
        return send(request(path, Map.of("Content-Type", "application/json")).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Api.Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, headers);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    public Api.Reply delete(String path, Map<String, String> headers) {
        return send(request(path, headers).DELETE());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (version != null) {
            b.header("X-Experience-API-Version", version);
        }
        headers.forEach(b::header);
        return b;
    }

    private static Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
