-- Certification: certifications defined in content, the cycles employees hold (one row per cycle,
-- never deleted or overwritten: a renewal is a new row), each with its own certificate code, and
-- the key pair that signs Open Badges credentials.

CREATE TABLE certification (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    code               VARCHAR(40)   NOT NULL,
    name_en            VARCHAR(300)  NOT NULL,
    name_ru            VARCHAR(300)  NOT NULL,
    description_en     VARCHAR(2000),
    description_ru     VARCHAR(2000),
    validity_months    INTEGER       NOT NULL,
    recert_window_days INTEGER       NOT NULL,
    reminder_days      VARCHAR(200)  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_certification_code UNIQUE (code)
);

-- A cycle is also its certificate: certificate_code is the public verification code.
-- state: ACTIVE until the daily job closes it as LAPSED (nothing followed) or RENEWED (a later cycle
-- continues it); REVOKED by HR. Status shown to people is computed from the dates on read.
CREATE TABLE certification_cycle (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    employee_id        BIGINT        NOT NULL REFERENCES employee (id),
    certification_code VARCHAR(40)   NOT NULL REFERENCES certification (code),
    valid_from         DATE          NOT NULL,
    valid_until        DATE          NOT NULL,
    origin             VARCHAR(20)   NOT NULL,
    exam_code          VARCHAR(60),
    attempt_id         BIGINT,
    score_percent      DOUBLE PRECISION,
    previous_cycle_id  BIGINT        REFERENCES certification_cycle (id),
    certificate_code   VARCHAR(16)   NOT NULL,
    granted_at         TIMESTAMP     NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    closed_at          TIMESTAMP,
    revoked_by         VARCHAR(100),
    revoke_reason      VARCHAR(1000),
    last_reminder_days INTEGER,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_certification_cycle_code UNIQUE (certificate_code),
    CONSTRAINT uq_certification_cycle_start UNIQUE (employee_id, certification_code, valid_from),
    CONSTRAINT uq_certification_cycle_attempt UNIQUE (attempt_id)
);
CREATE INDEX ix_certification_cycle_employee ON certification_cycle (employee_id);
CREATE INDEX ix_certification_cycle_until ON certification_cycle (state, valid_until);

-- The Open Badges signing key: generated once by the server; the private key never leaves it.
CREATE TABLE certification_signing_key (
    id          BIGINT        NOT NULL PRIMARY KEY,
    purpose     VARCHAR(40)   NOT NULL,
    key_id      VARCHAR(100)  NOT NULL,
    public_jwk  VARCHAR(2000) NOT NULL,
    private_key VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_certification_signing_key UNIQUE (purpose)
);
