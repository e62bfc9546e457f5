/**
 * The platform every module stands on: security (accounts, roles, sign-in for pages and the API),
 * internationalisation, the append-only audit trail, the database and its migrations, loading
 * company content from files, the activity SPI through which learning activities plug into
 * programs, and operations (health, start-up banner). Business modules depend on the platform,
 * never the other way round.
 */
package org.firstshift.platform;
