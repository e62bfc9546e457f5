-- Audits: mystery-shopper checklists (versioned; a visit pins the version it was scored with),
-- visits with their answers and photos, agencies with their saved column mappings, and the
-- remediation each submitted visit caused.

CREATE TABLE audit_checklist (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    version_no    INTEGER       NOT NULL,
    standard_code VARCHAR(40)   NOT NULL,
    title_en      VARCHAR(300)  NOT NULL,
    title_ru      VARCHAR(300)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    published_at  TIMESTAMP,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_audit_checklist_version UNIQUE (code, version_no)
);

CREATE TABLE audit_checklist_line (
    id           BIGINT        NOT NULL PRIMARY KEY,
    checklist_id BIGINT        NOT NULL REFERENCES audit_checklist (id),
    code         VARCHAR(40)   NOT NULL,
    ordinal      INTEGER       NOT NULL,
    title_en     VARCHAR(500)  NOT NULL,
    title_ru     VARCHAR(500)  NOT NULL,
    rules        VARCHAR(1000) NOT NULL,
    weight       INTEGER       NOT NULL,
    critical     BOOLEAN       NOT NULL,
    scale        VARCHAR(20)   NOT NULL,
    na_allowed   BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_audit_checklist_line UNIQUE (checklist_id, code)
);
CREATE INDEX ix_audit_checklist_line_checklist ON audit_checklist_line (checklist_id);

CREATE TABLE audit_agency (
    id       BIGINT        NOT NULL PRIMARY KEY,
    code     VARCHAR(40)   NOT NULL,
    name     VARCHAR(200)  NOT NULL,
    mapping  VARCHAR(20000) NOT NULL,
    version  BIGINT        NOT NULL,
    CONSTRAINT uq_audit_agency_code UNIQUE (code)
);

-- A visit: a draft while the auditor is on the floor, then submitted and never changed again.
-- A correction is a new row (revision + 1, previous_id, correction_reason); the old row only gets
-- superseded_at, so history shows every version as it was.
CREATE TABLE audit_visit (
    id                BIGINT        NOT NULL PRIMARY KEY,
    client_id         VARCHAR(64)   NOT NULL,
    checklist_id      BIGINT        NOT NULL REFERENCES audit_checklist (id),
    store_code        VARCHAR(40)   NOT NULL REFERENCES location (code),
    visit_date        DATE          NOT NULL,
    visit_time        TIME,
    employee_id       BIGINT        NOT NULL REFERENCES employee (id),
    channel           VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    agency_code       VARCHAR(40),
    agency_ref        VARCHAR(100),
    recorded_by       VARCHAR(100)  NOT NULL,
    verified          BOOLEAN       NOT NULL,
    score_percent     DOUBLE PRECISION,
    critical_failed   BOOLEAN       NOT NULL,
    failed_rules      VARCHAR(2000),
    revision          INTEGER       NOT NULL,
    previous_id       BIGINT        REFERENCES audit_visit (id),
    correction_reason VARCHAR(2000),
    saved_at          TIMESTAMP     NOT NULL,
    submitted_at      TIMESTAMP,
    superseded_at     TIMESTAMP,
    mentor_notified   BIGINT,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_audit_visit_client UNIQUE (client_id),
    CONSTRAINT uq_audit_visit_agency_ref UNIQUE (agency_code, agency_ref, revision)
);
CREATE INDEX ix_audit_visit_employee ON audit_visit (employee_id, visit_date);
CREATE INDEX ix_audit_visit_store ON audit_visit (store_code, visit_date);
CREATE INDEX ix_audit_visit_status ON audit_visit (status, visit_date);

CREATE TABLE audit_answer (
    id         BIGINT        NOT NULL PRIMARY KEY,
    visit_id   BIGINT        NOT NULL REFERENCES audit_visit (id),
    line_code  VARCHAR(40)   NOT NULL,
    ordinal    INTEGER       NOT NULL,
    rules      VARCHAR(1000) NOT NULL,
    weight     INTEGER       NOT NULL,
    critical   BOOLEAN       NOT NULL,
    max_points INTEGER       NOT NULL,
    points     INTEGER,
    comment    VARCHAR(2000),
    version    BIGINT        NOT NULL,
    CONSTRAINT uq_audit_answer UNIQUE (visit_id, line_code)
);
CREATE INDEX ix_audit_answer_visit ON audit_answer (visit_id);

-- Photos live apart from the visit rows: read only through the photo resource, which checks who asks.
CREATE TABLE audit_photo (
    id           BIGINT        NOT NULL PRIMARY KEY,
    client_id    VARCHAR(64)   NOT NULL,
    visit_id     BIGINT        NOT NULL REFERENCES audit_visit (id),
    line_code    VARCHAR(40)   NOT NULL,
    content_type VARCHAR(40)   NOT NULL,
    byte_count   INTEGER       NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    bytes        BYTEA         NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_audit_photo_client UNIQUE (client_id)
);
CREATE INDEX ix_audit_photo_visit ON audit_photo (visit_id);

-- What a submitted visit assigned (lesson or scenario per failed rule) and to whom.
CREATE TABLE audit_remediation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    visit_id    BIGINT        NOT NULL REFERENCES audit_visit (id),
    employee_id BIGINT        NOT NULL REFERENCES employee (id),
    type_key    VARCHAR(40)   NOT NULL,
    ref         VARCHAR(100)  NOT NULL,
    rules       VARCHAR(1000) NOT NULL,
    due_on      DATE          NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX ix_audit_remediation_visit ON audit_remediation (visit_id);
