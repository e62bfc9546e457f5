-- Notices in an employee's inbox. The text is stored as a message key with arguments and rendered
-- in the reader's language when shown; dedup_key makes a repeated reminder a no-op.
CREATE TABLE notice (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES employee (id),
    bundle       VARCHAR(40)   NOT NULL,
    message_key  VARCHAR(120)  NOT NULL,
    args         VARCHAR(4000) NOT NULL,
    link         VARCHAR(500),
    dedup_key    VARCHAR(200),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_notice_dedup UNIQUE (recipient_id, dedup_key)
);
CREATE INDEX ix_notice_recipient ON notice (recipient_id, created_at);
