-- Motivation tiers: scheme versions (YAML source kept as the truth), evaluations with the facts
-- they used, pay-grade eligibility records HR decides on, appeals, and the nightly run claim.
CREATE TABLE tier_scheme (
    id             BIGINT          NOT NULL PRIMARY KEY,
    code           VARCHAR(40)     NOT NULL,
    version_no     INTEGER         NOT NULL,
    effective_from DATE            NOT NULL,
    source         VARCHAR(200000) NOT NULL,
    created_by     VARCHAR(100)    NOT NULL,
    created_at     TIMESTAMP       NOT NULL,
    version        BIGINT          NOT NULL,
    CONSTRAINT uq_tier_scheme_version UNIQUE (code, version_no)
);

CREATE TABLE tier_evaluation (
    id             BIGINT           NOT NULL PRIMARY KEY,
    employee_id    BIGINT           NOT NULL REFERENCES employee (id),
    scheme_id      BIGINT           NOT NULL REFERENCES tier_scheme (id),
    tier_code      VARCHAR(40)      NOT NULL,
    pay_grade      VARCHAR(40)      NOT NULL,
    evaluated_on   DATE             NOT NULL,
    checked_on     DATE             NOT NULL,
    evaluated_at   TIMESTAMP        NOT NULL,
    trigger_text   VARCHAR(100)     NOT NULL,
    facts          VARCHAR(1000000) NOT NULL,
    fingerprint    VARCHAR(64)      NOT NULL,
    version        BIGINT           NOT NULL
);
CREATE INDEX ix_tier_evaluation_employee ON tier_evaluation (employee_id, id);

CREATE TABLE tier_change (
    id             BIGINT        NOT NULL PRIMARY KEY,
    employee_id    BIGINT        NOT NULL REFERENCES employee (id),
    evaluation_id  BIGINT        NOT NULL REFERENCES tier_evaluation (id),
    from_tier      VARCHAR(40),
    from_grade     VARCHAR(40),
    to_tier        VARCHAR(40)   NOT NULL,
    to_grade       VARCHAR(40)   NOT NULL,
    effective_from DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    reason         VARCHAR(2000),
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP,
    created_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_tier_change_status ON tier_change (status, effective_from);
CREATE INDEX ix_tier_change_employee ON tier_change (employee_id);

CREATE TABLE tier_appeal (
    id            BIGINT        NOT NULL PRIMARY KEY,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    evaluation_id BIGINT        NOT NULL REFERENCES tier_evaluation (id),
    comment_text  VARCHAR(2000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    resolution    VARCHAR(2000),
    resolved_by   VARCHAR(100),
    resolved_at   TIMESTAMP,
    created_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_tier_appeal_status ON tier_appeal (status);

-- One row per night: the first node of a cluster to insert it runs the full recomputation.
CREATE TABLE motivation_run (
    run_date   DATE         NOT NULL PRIMARY KEY,
    started_at TIMESTAMP    NOT NULL,
    finished_at TIMESTAMP,
    evaluated  INTEGER
);
