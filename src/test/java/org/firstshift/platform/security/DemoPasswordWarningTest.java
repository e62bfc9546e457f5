package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoPasswordWarningTest {

    @Test
    void demoPasswordsAtAnHttpsAddressAreALoudWarningNamingTheLogins() {
        String warning = DemoPasswordWarning.warning("https://learn.example.com/", List.of("admin", "hr")).orElseThrow();
        assertTrue(warning.contains("SECURITY") && warning.contains("admin, hr") && warning.contains("https://learn.example.com/"), warning);
    }

    @Test
    void theLocalDemoAndChangedPasswordsAreQuiet() {
        assertTrue(DemoPasswordWarning.warning("http://localhost:8080/", List.of("admin")).isEmpty());
        assertTrue(DemoPasswordWarning.warning("https://learn.example.com/", List.of()).isEmpty());
    }

    @Test
    void theProductionImageAndComposeFileNeverLoadTheDemoCompany() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        assertTrue(dockerfile.contains("FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY=false"), "the image turns demo loading off");
        assertTrue(compose.contains("FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY: ${FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY:-false}"),
                "compose turns it off unless asked");
        assertFalse(compose.contains("FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY: \"true\""));
    }
}
