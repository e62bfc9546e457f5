package org.firstshift.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;

/**
 * Chooses the HTTP port of the Payara Micro under test before Arquillian starts it, and publishes
 * it as the system property {@value #PORT} that {@code arquillian.xml} reads. The port cannot be
 * left to the container: the company sign-in's callback address ({@code firstshift.public-url} +
 * {@code oidc/callback}) must be known when the server starts, exactly as it is registered with a
 * real provider. A free port per run keeps two runs on one machine apart.
 */
public class TestServer implements LauncherSessionListener {
    public static final String PORT = "firstshift.it.http-port";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PORT) == null) {
            System.setProperty(PORT, Integer.toString(freePort()));
        }
    }

    /** The address the server knows itself by (its public URL), for tests that need exactly that host. */
    public static URL publicUrl() {
        try {
            return new URL("http://localhost:" + System.getProperty(PORT) + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
