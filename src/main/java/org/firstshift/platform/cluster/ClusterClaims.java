package org.firstshift.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * "Only one node does this": {@link #claim(String)} answers true on exactly one node of the cluster
 * for a given key (for example {@code retention:2026-12-03}), however many ask at the same moment.
 * The database's primary key decides, so it also holds across restarts. Claims are kept as a record
 * of who did what; {@link #release(String)} gives a claim back when the work failed and may be tried again.
 */
@ApplicationScoped
public class ClusterClaims {
    private static final Logger LOG = Logger.getLogger(ClusterClaims.class.getName());

    /** Who claimed, for the record: host and process (several nodes may share a host). */
    static final String NODE = host() + "/" + ProcessHandle.current().pid();

    @Inject
    ClaimRows rows;

    /** True when this node got the claim and must do the work; false when another node has it. */
    public boolean claim(String key) {
        if (rows.exists(key)) {
            return false; // the usual case for the second node: no failed insert to log
        }
        try {
            rows.insert(key, NODE);
            return true;
        } catch (RuntimeException taken) {
            // The insert's own transaction rolled back: a duplicate key (another node was first).
            LOG.fine(() -> "claim " + key + " is taken: " + taken);
            return false;
        }
    }

    public void release(String key) {
        rows.delete(key);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return "unknown-host";
        }
    }
}
