package org.firstshift.testing;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The company's OpenID Connect provider for the integration run: a real one over HTTP
 * (mock-oauth2-server: discovery, signing keys, the authorization-code flow with PKCE, a login
 * form where the test says who signs in and with which claims). It starts on a free loopback port
 * before Payara Micro boots, publishes its issuer and a client secret as system properties that
 * {@code arquillian.xml} passes to the server, and stops when the test run ends.
 * <p>
 * Only the integration run starts it (failsafe sets {@code firstshift.war}); unit tests do not.
 */
public class CompanyProvider implements LauncherSessionListener {
    public static final String ISSUER = "firstshift.it.oidc-issuer";
    public static final String CLIENT_SECRET = "firstshift.it.oidc-client-secret";
    /** The client id registered for the test server (arquillian.xml). */
    public static final String CLIENT_ID = "firstshift-it";

    private static MockOAuth2Server server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("firstshift.war") == null || server != null) {
            return;
        }
        MockOAuth2Server provider = new MockOAuth2Server(new OAuth2Config(true));
        try {
            // 127.0.0.1 rather than localhost: the provider's cookies and the application's stay apart.
            provider.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        server = provider;
        System.setProperty(ISSUER, "http://127.0.0.1:" + provider.baseUrl().port() + "/firstshift");
        // A throw-away secret per run, so none is written into the repository.
        System.setProperty(CLIENT_SECRET, UUID.randomUUID().toString());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    public static String issuer() {
        String issuer = System.getProperty(ISSUER);
        if (issuer == null) {
            throw new IllegalStateException("no test OIDC provider: run integration tests through mvn verify");
        }
        return issuer;
    }
}
