-- Integration with the company's other systems (issue #11): API tokens, SCIM provisioning state,
-- webhooks and their delivery outbox.

-- Personal and service tokens. Only the SHA-256 of a token is stored; the token is shown once.
-- Every token belongs to an account (the person, or the admin who created a service token): when
-- that account is deactivated or loses a role, the token loses it too.
CREATE TABLE integration_api_token (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(10)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    owner_account_id BIGINT        NOT NULL REFERENCES account (id),
    token_hash       VARCHAR(64)   NOT NULL,
    token_hint       VARCHAR(16)   NOT NULL,
    scopes           VARCHAR(400)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    expires_at       TIMESTAMP     NOT NULL,
    last_used_at     TIMESTAMP,
    revoked_at       TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_owner ON integration_api_token (owner_account_id);

-- What SCIM knows about an employee beyond the people module: the HR system's own id, the manager
-- it named, and when the employee last changed (meta.lastModified, delta syncs filter on it).
CREATE TABLE integration_scim_user (
    employee_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES employee (id),
    external_id   VARCHAR(200),
    manager_id    VARCHAR(40),
    created_at    TIMESTAMP    NOT NULL,
    last_modified TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_scim_user_external ON integration_scim_user (external_id);
-- Employees that existed before this migration.
INSERT INTO integration_scim_user (employee_id, external_id, manager_id, created_at, last_modified, version)
SELECT id, NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0 FROM employee;

-- Receivers registered by admins; event_types is a comma list of event type names or '*'.
CREATE TABLE integration_webhook (
    id          BIGINT         NOT NULL PRIMARY KEY,
    url         VARCHAR(2000)  NOT NULL,
    secret      VARCHAR(100)   NOT NULL,
    event_types VARCHAR(2000)  NOT NULL,
    description VARCHAR(200),
    active      BOOLEAN        NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(100)   NOT NULL,
    version     BIGINT         NOT NULL
);

-- The outbox: a delivery is written first and sent later by whichever node claims it
-- (status PENDING -> SENDING with a conditional update), retried with exponential back-off.
CREATE TABLE integration_webhook_delivery (
    id              BIGINT         NOT NULL PRIMARY KEY,
    webhook_id      BIGINT         NOT NULL REFERENCES integration_webhook (id),
    delivery_uid    VARCHAR(40)    NOT NULL,
    event_type      VARCHAR(120)   NOT NULL,
    payload         VARCHAR(16000) NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    claimed_until   TIMESTAMP,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP      NOT NULL,
    delivered_at    TIMESTAMP,
    version         BIGINT         NOT NULL,
    CONSTRAINT uq_webhook_delivery_uid UNIQUE (delivery_uid)
);
CREATE INDEX ix_webhook_delivery_due ON integration_webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_hook ON integration_webhook_delivery (webhook_id, created_at);
