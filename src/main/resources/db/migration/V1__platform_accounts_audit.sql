-- Ids for every entity come from one sequence, handed out in blocks of 50 (see stack trap 1:
-- IDENTITY columns break EclipseLink on H2 2.x; sequences work on H2 and PostgreSQL alike).
CREATE SEQUENCE fs_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(400),
    active          BOOLEAN      NOT NULL,
    employee_id     BIGINT,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    entity_type  VARCHAR(60)   NOT NULL,
    entity_id    VARCHAR(100)  NOT NULL,
    action       VARCHAR(30)   NOT NULL,
    summary      VARCHAR(500)  NOT NULL,
    before_state VARCHAR(100000),
    after_state  VARCHAR(100000)
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_time ON audit_entry (recorded_at);
