-- Work that must happen once per cluster, not once per node (first content load, nightly jobs):
-- the node that inserts the row does it; the primary key refuses every other node.
CREATE TABLE platform_cluster_claim (
    claim_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    claimed_at TIMESTAMP    NOT NULL,
    claimed_by VARCHAR(200) NOT NULL
);
