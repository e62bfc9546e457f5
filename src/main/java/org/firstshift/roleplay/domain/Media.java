package org.firstshift.roleplay.domain;

/**
 * A picture or sound that goes with a customer's line (the product they hold, their tone of voice).
 * URLs are https or the application's own paths; anything else is refused when the scenario is read.
 */
public record Media(String image, String audio) {
    public static boolean isSafeUrl(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || (u.startsWith("/") && !u.startsWith("//"));
    }
}
