package org.firstshift.platform.ops;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firstshift.platform.persistence.FirstShiftDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Logs one line when FirstShift is up: version, database and URL. */
@Singleton
@Startup
@DependsOn({"Migrations", "ContentBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Resource(lookup = FirstShiftDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "firstshift.public-url", defaultValue = "http://localhost:8080/")
    String url;

    @Inject
    BuildInfo build;

    @PostConstruct
    void announce() {
        LOG.info(() -> "FirstShift " + build.version() + " ready: database " + describeDatabase() + ", open " + url);
    }

    String describeDatabase() {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + redact(meta.getURL());
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl == null ? "?" : jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
