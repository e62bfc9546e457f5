-- cmi5 launch sessions: one row per launch of an AU. The registration is the learner's enrolment
-- in the course (shared by all sessions of one package); the fetch key is the one-time fetch URL's
-- secret (only its SHA-256 is kept); ended_at/end_verb say how the session ended (terminated by the
-- AU, or abandoned when a newer launch found it open).
CREATE TABLE cmi5_session (
    id            BIGINT        NOT NULL PRIMARY KEY,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    package_code  VARCHAR(40)   NOT NULL,
    au_seq        INTEGER       NOT NULL,
    activity_id   VARCHAR(2000) NOT NULL,
    registration  VARCHAR(36)   NOT NULL,
    session_id    VARCHAR(36)   NOT NULL,
    fetch_hash    VARCHAR(64)   NOT NULL,
    content_token VARCHAR(48)   NOT NULL,
    fetched_at    TIMESTAMP,
    launched_at   TIMESTAMP     NOT NULL,
    ended_at      TIMESTAMP,
    end_verb      VARCHAR(20),
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_cmi5_session_id UNIQUE (session_id),
    CONSTRAINT uq_cmi5_session_fetch UNIQUE (fetch_hash),
    CONSTRAINT uq_cmi5_session_content UNIQUE (content_token)
);
CREATE INDEX ix_cmi5_session_learner ON cmi5_session (employee_id, package_code);
CREATE INDEX ix_cmi5_session_registration ON cmi5_session (registration);
