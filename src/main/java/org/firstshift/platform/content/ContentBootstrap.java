package org.firstshift.platform.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.platform.api.InvalidInputException;

import org.firstshift.platform.cluster.ClusterClaims;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At first start of an empty database, loads the configured content folder (by default the demo
 * company). Admins re-load it later from the admin page.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentBootstrap {
    private static final Logger LOG = Logger.getLogger(ContentBootstrap.class.getName());

    static final String FIRST_LOAD = "content:first-load";

    @Inject
    ContentLoader loader;

    @Inject
    ClusterClaims claims;

    @Inject
    @Any
    Instance<EmptinessProbe> probes;

    @Inject
    @ConfigProperty(name = "firstshift.content.dir")
    java.util.Optional<String> contentDir;

    @Inject
    @ConfigProperty(name = "firstshift.content.load-on-empty", defaultValue = "true")
    boolean loadOnEmpty;

    @PostConstruct
    void loadIfEmpty() {
        if (!loadOnEmpty || probes.stream().anyMatch(p -> !p.isEmpty())) {
            return;
        }
        // Nodes of a cluster starting together on an empty database: one loads, the others wait for nothing.
        if (!claims.claim(FIRST_LOAD)) {
            LOG.info("Content is being loaded by another node of the cluster");
            return;
        }
        try {
            ContentLoader.LoadReport report = loader.load(configuredSource());
            LOG.info(() -> "Loaded content '" + report.company() + "' from " + report.source() + ": " + report.files());
        } catch (InvalidInputException e) {
            claims.release(FIRST_LOAD);
            LOG.severe("Content not loaded: " + String.join("; ", ContentLoader.describe(e)));
        } catch (RuntimeException e) {
            claims.release(FIRST_LOAD);
            LOG.log(Level.SEVERE, "Content not loaded", e);
        }
    }

    /** The configured folder, or the bundled demo company when none is configured. */
    public ContentSource configuredSource() {
        return contentDir.filter(d -> !d.isBlank())
                .map(d -> ContentSource.folder(Path.of(d)))
                .orElseGet(() -> ContentSource.bundled("demo"));
    }

    /** Implemented by modules to tell whether the database already holds a company. */
    public interface EmptinessProbe {
        boolean isEmpty();
    }
}
