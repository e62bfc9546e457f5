package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer carries the security headers; pages and API answers are never cached. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @ArquillianResource
    URL base;

    @Test
    void pagesCannotBeFramedAndOnlyLoadFirstShiftsOwnScripts() {
        Api.Reply login = Api.anonymous(base).get("/login.xhtml");
        assertEquals(200, login.status(), login::toString);
        String csp = login.header("Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertEquals("no-store", login.header("Cache-Control"));
        assertTrue(login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .allMatch(c -> c.contains("SameSite=Lax") && c.contains("HttpOnly")), login.headers()::toString);
        assertTrue(login.header("Strict-Transport-Security") == null, "HSTS only when configured for TLS");
    }

    @Test
    void apiAnswersAreNotCachedAndNotSniffed() {
        Api.Reply me = Api.as(base, DemoUsers.LEARNER).get("/api/me");
        assertEquals(200, me.status());
        assertEquals("no-store", me.header("Cache-Control"));
        assertEquals("nosniff", me.header("X-Content-Type-Options"));
        Api.Reply refused = Api.as(base, DemoUsers.LEARNER).get("/api/employees");
        assertEquals(403, refused.status());
        assertEquals("nosniff", refused.header("X-Content-Type-Options"), "refusals carry the headers too");
        assertFalse(refused.body().contains("<html"), () -> "an API refusal is not an HTML error page: " + refused.body());
    }
}
