package org.firstshift.integration.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Which receiver URLs are acceptable (server-side request forgery care): only http and https, a
 * host, no user name or password in the URL; and, when {@code firstshift.webhooks.allowed-hosts} is
 * set (e.g. {@code hooks.example.com,.intranet.example.com}), only those hosts (an entry that starts
 * with a dot allows its sub-domains). Deliveries never follow redirects.
 */
public final class WebhookUrls {
    private WebhookUrls() {
    }

    /** The configured allow-list, a comma list; empty when not set. */
    public static List<String> allowList(java.util.Optional<String> setting) {
        return setting.map(v -> java.util.Arrays.stream(v.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The problem with a URL, or null when it is acceptable. */
    public static String problem(String url, List<String> allowedHosts) {
        if (url == null || url.isBlank()) {
            return "a URL is required";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "'" + url + "' is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs are allowed, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "'" + url + "' has no host";
        }
        if (uri.getRawUserInfo() != null) {
            return "a receiver URL must not carry a user name or password";
        }
        if (url.length() > 2000) {
            return "the URL is longer than 2000 characters";
        }
        if (!allowedHosts.isEmpty() && !allowed(uri.getHost().toLowerCase(Locale.ROOT), allowedHosts)) {
            return "host '" + uri.getHost() + "' is not in firstshift.webhooks.allowed-hosts " + allowedHosts;
        }
        return null;
    }

    static boolean allowed(String host, List<String> allowedHosts) {
        for (String entry : allowedHosts) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.startsWith(".") ? host.endsWith(e) || host.equals(e.substring(1)) : host.equals(e)) {
                return true;
            }
        }
        return false;
    }
}
