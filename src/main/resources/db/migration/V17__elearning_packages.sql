-- E-learning packages (SCORM 1.2, SCORM 2004, cmi5). Files live in the database so every node of a
-- cluster serves the same bytes and a backup holds everything; the manifest is one of the files.
CREATE TABLE elearning_package (
    id             BIGINT        NOT NULL PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    identifier     VARCHAR(2000),
    title          VARCHAR(500)  NOT NULL,
    schema_version VARCHAR(100),
    manifest_path  VARCHAR(40)   NOT NULL,
    file_count     INTEGER       NOT NULL,
    byte_count     BIGINT        NOT NULL,
    uploaded_by    VARCHAR(100),
    uploaded_at    TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_elearning_package_code UNIQUE (code)
);

-- BYTEA is binary on PostgreSQL and an alias of BINARY VARYING on H2.
CREATE TABLE elearning_package_file (
    id           BIGINT        NOT NULL PRIMARY KEY,
    package_id   BIGINT        NOT NULL REFERENCES elearning_package (id),
    path         VARCHAR(1000) NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    byte_count   BIGINT        NOT NULL,
    bytes        BYTEA         NOT NULL,
    CONSTRAINT uq_elearning_package_file UNIQUE (package_id, path)
);

-- The package's structure in document order: SCORM items (SCOs, assets, clusters), cmi5 blocks and AUs.
CREATE TABLE elearning_package_item (
    id            BIGINT           NOT NULL PRIMARY KEY,
    package_id    BIGINT           NOT NULL REFERENCES elearning_package (id),
    seq           INTEGER          NOT NULL,
    identifier    VARCHAR(2000)    NOT NULL,
    parent        VARCHAR(2000),
    depth         INTEGER          NOT NULL,
    title         VARCHAR(1000),
    launch        VARCHAR(4000),
    item_type     VARCHAR(20),
    move_on       VARCHAR(30),
    mastery_score DOUBLE PRECISION,
    launch_method VARCHAR(20),
    CONSTRAINT uq_elearning_package_item UNIQUE (package_id, seq)
);

-- A learner's attempt on one SCO: the whole CMI data model as JSON (no 4,096-character limit on
-- suspend_data), plus the status values copied out for reports and the "why not complete" panel.
CREATE TABLE elearning_package_attempt (
    id                BIGINT          NOT NULL PRIMARY KEY,
    package_id        BIGINT          NOT NULL REFERENCES elearning_package (id),
    item_seq          INTEGER         NOT NULL,
    employee_id       BIGINT          NOT NULL REFERENCES employee (id),
    launch_token      VARCHAR(64)     NOT NULL,
    cmi               VARCHAR(1000000) NOT NULL,
    lesson_status     VARCHAR(20),
    completion_status VARCHAR(20),
    success_status    VARCHAR(20),
    score_raw         DOUBLE PRECISION,
    score_scaled      DOUBLE PRECISION,
    commits           INTEGER         NOT NULL,
    started_at        TIMESTAMP       NOT NULL,
    updated_at        TIMESTAMP       NOT NULL,
    version           BIGINT          NOT NULL,
    CONSTRAINT uq_elearning_attempt_token UNIQUE (launch_token)
);
CREATE INDEX ix_elearning_attempt_employee ON elearning_package_attempt (employee_id, package_id, item_seq);
