package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;

import java.net.URL;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tokens the integration ITs make for themselves through the real API (an admin signs in with Basic). */
final class IntegrationTokens {
    private IntegrationTokens() {
    }

    static String service(URL base, String... scopes) {
        StringBuilder list = new StringBuilder();
        for (String s : scopes) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(s).append('"');
        }
        Api.Reply r = Api.as(base, DemoUsers.ADMIN).postJson("/api/service-tokens", """
                {"name": "it-%s", "scopes": [%s], "expiresInDays": 1}""".formatted(UUID.randomUUID(), list));
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("token");
    }

    static String personal(URL base, String user, String password, String... scopes) {
        StringBuilder list = new StringBuilder();
        for (String s : scopes) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(s).append('"');
        }
        Api.Reply r = Api.withPassword(base, user, password).postJson("/api/tokens", """
                {"name": "it-%s", "scopes": [%s], "expiresInDays": 7}""".formatted(UUID.randomUUID(), list));
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("token");
    }
}
