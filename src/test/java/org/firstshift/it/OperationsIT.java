package org.firstshift.it;

import org.firstshift.testing.Api;
import org.firstshift.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, metrics, OpenAPI and migrations on the running server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @ArquillianResource
    URL base;

    @Test
    void readinessReportsTheDatabase() {
        Api.Reply ready = Api.anonymous(base).get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertTrue(ready.body().contains("database"));
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Reply openapi = Api.anonymous(base).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/me"), "the document lists /api/me");
        assertTrue(openapi.body().contains("/api/employees"));
    }

    @Test
    void metricsAreServed() {
        assertEquals(200, Api.anonymous(base).get("/metrics").status());
    }

    @Test
    void everyMigrationRanSuccessfully() throws Exception {
        long failed = TestDatabase.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE");
        long applied = TestDatabase.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL");
        assertEquals(0, failed);
        assertTrue(applied >= 2, "at least the platform and people migrations");
    }

    /** The server started on an empty database: it claimed the first content load (once per cluster) and did it. */
    @Test
    void theFirstContentLoadWasClaimedOnce() throws Exception {
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM platform_cluster_claim WHERE claim_key = ?", "content:first-load"));
        assertEquals(200, Api.as(base, org.firstshift.testing.DemoUsers.HR).get("/api/me").status(), "and the demo company is there");
    }
}
