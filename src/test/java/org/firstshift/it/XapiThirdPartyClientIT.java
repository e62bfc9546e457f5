package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.DemoUsers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The LRS driven by a real third-party client: the {@code @xapi/xapi} npm package, installed with
 * {@code npm ci} from {@code src/test/xapi-client} and run with node (statements, paging, voiding,
 * validation errors, state and profiles with ETags, activities, agents), once per xAPI version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiThirdPartyClientIT {
    static final Path SOURCE = Path.of("src/test/xapi-client");
    static final Path WORK = Path.of("target/xapi-client");

    @ArquillianResource
    URL base;

    @BeforeAll
    static void install() throws Exception {
        Files.createDirectories(WORK);
        for (String f : List.of("package.json", "package-lock.json", "lrs-client.js")) {
            Files.copy(SOURCE.resolve(f), WORK.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/@xapi/xapi"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertEquals(0, npm.exit(), () -> "npm ci failed (node and npm are needed, see .ci/run):\n" + npm.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void theXapiJsClientWorksAgainstTheLrs(String version) throws Exception {
        Api.Reply key = Api.as(base, DemoUsers.ADMIN).postJson("/api/xapi-keys", "{\"name\":\"xapi.js " + UUID.randomUUID() + "\"}");
        assertEquals(201, key.status(), key::toString);
        String endpoint = base.toString().endsWith("/") ? base + "xapi/" : base + "/xapi/";
        Result client = run(List.of("node", "lrs-client.js", endpoint, key.json().getString("authorization"), version), 120);
        assertEquals(0, client.exit(), client::output);
        assertTrue(client.output().contains("all steps passed"), client::output);
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        File log = File.createTempFile("xapi-client", ".log");
        Process p = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + seconds + " s:\n" + Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        Files.delete(log.toPath());
        return new Result(p.exitValue(), out);
    }
}
