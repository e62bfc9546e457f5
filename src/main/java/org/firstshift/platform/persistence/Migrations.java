package org.firstshift.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything touches it. Schema changes are Flyway migrations in
 * {@code db/migration}; JPA never generates tables. Runs outside a container transaction because
 * Flyway manages its own.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = FirstShiftDataSource.JNDI_NAME)
    DataSource dataSource;

    private int applied;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        applied = result.migrationsExecuted;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + applied + " migrations applied now)");
    }

    public int appliedAtStart() {
        return applied;
    }
}
