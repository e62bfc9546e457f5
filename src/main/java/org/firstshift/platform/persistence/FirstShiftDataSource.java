package org.firstshift.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Every value comes from MicroProfile Config so that switching from the
 * embedded H2 default to PostgreSQL is a matter of environment variables
 * ({@code FIRSTSHIFT_DB_CLASS}, {@code FIRSTSHIFT_DB_URL}, {@code FIRSTSHIFT_DB_USER},
 * {@code FIRSTSHIFT_DB_PASSWORD}); defaults live in {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = FirstShiftDataSource.JNDI_NAME,
        className = "${MPCONFIG=firstshift.db.class}",
        url = "${MPCONFIG=firstshift.db.url}",
        user = "${MPCONFIG=firstshift.db.user}",
        password = "${MPCONFIG=firstshift.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class FirstShiftDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/firstshift";
}
