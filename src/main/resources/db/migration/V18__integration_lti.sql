-- FirstShift as an LTI 1.3 tool (issue #11): the platforms (other LMSs) an admin registered, the
-- logins in progress (state and nonce), the tool's own signing keys, the launches that can carry a
-- grade back, and the outbox of scores to send.

-- A platform: its issuer and the client id it gave FirstShift, the deployments allowed, and its
-- three addresses (OIDC authorization, OAuth token, JWKS). Switched off rather than deleted.
CREATE TABLE integration_lti_platform (
    id             BIGINT         NOT NULL PRIMARY KEY,
    name           VARCHAR(100)   NOT NULL,
    issuer         VARCHAR(500)   NOT NULL,
    client_id      VARCHAR(200)   NOT NULL,
    deployment_ids VARCHAR(2000)  NOT NULL,
    auth_login_url VARCHAR(2000)  NOT NULL,
    auth_token_url VARCHAR(2000)  NOT NULL,
    jwks_url       VARCHAR(2000)  NOT NULL,
    active         BOOLEAN        NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT uq_lti_platform UNIQUE (issuer, client_id)
);

-- A login started by a platform: the state sent to it and the nonce its id_token must carry.
-- Kept in the database (not the HTTP session) because the launch arrives as a cross-site POST
-- that carries no SameSite=Lax cookie, and any node of a cluster may receive it. used_at is set
-- once: a second launch with the same state (a replay) is refused.
CREATE TABLE integration_lti_login (
    state       VARCHAR(64)  NOT NULL PRIMARY KEY,
    nonce       VARCHAR(64)  NOT NULL,
    platform_id BIGINT       NOT NULL REFERENCES integration_lti_platform (id),
    created_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uq_lti_login_nonce UNIQUE (nonce)
);
CREATE INDEX ix_lti_login_created ON integration_lti_login (created_at);

-- The tool's RSA signing keys (deep-linking responses, client assertions), published at /lti/jwks.
-- In the database so that every node of a cluster signs with the same key.
CREATE TABLE integration_lti_key (
    kid         VARCHAR(64)    NOT NULL PRIMARY KEY,
    private_jwk VARCHAR(8000)  NOT NULL,
    created_at  TIMESTAMP      NOT NULL
);

-- A launch of an activity by an employee from a platform's resource link, with the line item a
-- score goes to (when the platform offers grade services).
CREATE TABLE integration_lti_link (
    id               BIGINT         NOT NULL PRIMARY KEY,
    platform_id      BIGINT         NOT NULL REFERENCES integration_lti_platform (id),
    employee_id      BIGINT         NOT NULL REFERENCES employee (id),
    lti_user         VARCHAR(255)   NOT NULL,
    resource_link_id VARCHAR(255)   NOT NULL,
    activity_type    VARCHAR(40)    NOT NULL,
    activity_ref     VARCHAR(100)   NOT NULL,
    lineitem_url     VARCHAR(2000),
    launched_at      TIMESTAMP      NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_lti_link UNIQUE (platform_id, resource_link_id, employee_id)
);
CREATE INDEX ix_lti_link_activity ON integration_lti_link (employee_id, activity_type, activity_ref);

-- Scores to send to a platform's line item: an outbox like the webhooks' one (claimed once per
-- cluster, retried with back-off).
CREATE TABLE integration_lti_score (
    id              BIGINT            NOT NULL PRIMARY KEY,
    link_id         BIGINT            NOT NULL REFERENCES integration_lti_link (id),
    score_given     DOUBLE PRECISION  NOT NULL,
    score_maximum   DOUBLE PRECISION  NOT NULL,
    scored_at       TIMESTAMP         NOT NULL,
    status          VARCHAR(12)       NOT NULL,
    attempts        INTEGER           NOT NULL,
    next_attempt_at TIMESTAMP         NOT NULL,
    claimed_until   TIMESTAMP,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP         NOT NULL,
    sent_at         TIMESTAMP,
    version         BIGINT            NOT NULL
);
CREATE INDEX ix_lti_score_due ON integration_lti_score (status, next_attempt_at);
CREATE INDEX ix_lti_score_link ON integration_lti_score (link_id);
