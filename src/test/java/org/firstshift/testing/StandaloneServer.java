package org.firstshift.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A FirstShift of its own, outside the shared test deployment: {@code java -jar payara-micro.jar}
 * with target/firstshift.war on a free port and a database given by the caller, for tests that
 * must kill or restart the server. Output goes to target/standalone-NAME-n.log.
 */
public final class StandaloneServer implements AutoCloseable {
    private final String name;
    private final Map<String, String> database;
    private final int port;
    private Process process;
    private int starts;
    private Path log;
    private List<String> clustering = List.of("--nocluster");

    public StandaloneServer(String name, Map<String, String> database) {
        this.name = name;
        this.database = Map.copyOf(database);
        this.port = freePort();
    }

    public URL url() {
        try {
            return new URL("http://localhost:" + port + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Payara Micro's clustering options instead of {@code --nocluster} (the default), for tests that
     * run several instances as one cluster.
     */
    public StandaloneServer clustered(List<String> payaraOptions) {
        this.clustering = List.copyOf(payaraOptions);
        return this;
    }

    /** Starts the server and waits until its readiness check answers 200. */
    public StandaloneServer start() throws IOException, InterruptedException {
        launch();
        return awaitReady();
    }

    /** Starts the server process without waiting for it (to boot several at once); then {@link #awaitReady()}. */
    public StandaloneServer launch() throws IOException {
        String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        String war = System.getProperty("firstshift.war", "target/firstshift.war");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "--port", String.valueOf(port),
                "--deploy", war, "--contextroot", "/"));
        command.addAll(clustering);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(database);
        log = Path.of("target", "standalone-" + name + "-" + (++starts) + ".log");
        Files.createDirectories(log.getParent());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        process = pb.start();
        return this;
    }

    /** Waits until the launched server's readiness check answers 200. */
    public StandaloneServer awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not become ready in 6 minutes; see " + log);
    }

    /** The server's output of its latest start. */
    public Path log() {
        return log;
    }

    /** kill -9: no shutdown hooks, no flushing, exactly like a power cut of the JVM. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
