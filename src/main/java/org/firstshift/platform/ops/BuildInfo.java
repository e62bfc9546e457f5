package org.firstshift.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build carries (filtered from the POM at build time). */
@Named("build")
@ApplicationScoped
public class BuildInfo {
    private final String version;

    public BuildInfo() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/firstshift-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // the version is informational only
        }
        version = p.getProperty("version", "dev");
    }

    public String version() {
        return version;
    }

    public String getVersion() {
        return version;
    }
}
