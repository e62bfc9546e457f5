package org.firstshift.platform.security;

/**
 * Where to send someone after they sign in. The page they asked for travels through the login page
 * and the company sign-in as a plain parameter, so it is only trusted when it is a path inside this
 * application: never another site ({@code //evil.example}, {@code https://...}), never back into
 * a sign-in page (which would loop).
 */
public final class NextPage {
    public static final String HOME = "/";

    private NextPage() {
    }

    public static String within(String next) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl)
                && !next.startsWith("/login.xhtml") && !next.startsWith("/oidc/")) {
            return next;
        }
        return HOME;
    }
}
