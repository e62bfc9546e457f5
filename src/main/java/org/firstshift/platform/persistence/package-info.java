/**
 * The database: one configurable data source, Flyway migrations run at start-up, and the shared
 * id/version mapping. Every module's tables are created by migrations in {@code db/migration}.
 */
package org.firstshift.platform.persistence;
