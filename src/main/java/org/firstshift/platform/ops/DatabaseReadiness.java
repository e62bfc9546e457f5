package org.firstshift.platform.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.firstshift.platform.persistence.FirstShiftDataSource;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready only while the database answers; a load balancer takes a node out otherwise. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = FirstShiftDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(c.isValid(2))
                    .withData("product", c.getMetaData().getDatabaseProductName()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
