package org.firstshift.platform.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a validated ID token says the person is: the user name (from {@code firstshift.oidc.username-claim})
 * and the values of the groups claim ({@code firstshift.oidc.roles-claim}). Only these two things
 * leave the token; nothing else of it is kept.
 *
 * @param username    lower-case, as FirstShift user names are
 * @param claimValues the groups claim's string values, empty when the claim is absent
 */
public record CompanyIdentity(String username, List<String> claimValues) {

    /**
     * Reads the two claims. A claim name with dots that is not itself a claim is followed into
     * nested objects, for providers that nest roles ({@code realm_access.roles} in Keycloak). The
     * groups claim may be a list or a single string.
     */
    public static Optional<CompanyIdentity> from(Map<String, Object> claims, String usernameClaim, String rolesClaim) {
        Object username = claim(claims, usernameClaim);
        if (!(username instanceof String name) || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CompanyIdentity(name.strip().toLowerCase(Locale.ROOT), strings(claim(claims, rolesClaim))));
    }

    static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static List<String> strings(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof String single) {
            values.add(single);
        } else if (value instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return List.copyOf(values);
    }
}
