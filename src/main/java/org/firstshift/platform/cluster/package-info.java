/**
 * Running as a cluster: several FirstShift instances (Payara Micro, clustered through Hazelcast for
 * web sessions) share one database. Scheduled and start-up work that must happen once per cluster
 * claims a row in {@code platform_cluster_claim} first ({@link org.firstshift.platform.cluster.ClusterClaims});
 * the database, which every node shares, decides who does it. Owns that table.
 */
package org.firstshift.platform.cluster;
