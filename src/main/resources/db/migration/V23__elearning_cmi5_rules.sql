-- cmi5 statement rules, launch modes and waivers (issue #4).
-- A session remembers its launch mode and which cmi5 defined verbs its AU has sent, so the LRS can
-- refuse a statement that breaks the verb order (cmi5 9.3) without reading the statements back.
ALTER TABLE cmi5_session ADD COLUMN launch_mode VARCHAR(10) DEFAULT 'Normal' NOT NULL;
ALTER TABLE cmi5_session ADD COLUMN initialized_at TIMESTAMP;
ALTER TABLE cmi5_session ADD COLUMN completed_at TIMESTAMP;
ALTER TABLE cmi5_session ADD COLUMN passed_at TIMESTAMP;
ALTER TABLE cmi5_session ADD COLUMN failed_at TIMESTAMP;

-- An AU waived for a learner by HR or an admin (cmi5 9.3.7): once per AU and registration. The
-- waived statement has its own session id (the LMS's, not a launch's).
CREATE TABLE cmi5_waiver (
    id            BIGINT        NOT NULL PRIMARY KEY,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    package_code  VARCHAR(40)   NOT NULL,
    au_seq        INTEGER       NOT NULL,
    registration  VARCHAR(36)   NOT NULL,
    session_id    VARCHAR(36)   NOT NULL,
    reason        VARCHAR(40)   NOT NULL,
    comment_text  VARCHAR(1000),
    waived_by     VARCHAR(100)  NOT NULL,
    waived_at     TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_cmi5_waiver UNIQUE (registration, au_seq)
);
CREATE INDEX ix_cmi5_waiver_learner ON cmi5_waiver (employee_id, package_code);
