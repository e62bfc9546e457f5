-- Trainees' own words at free-text nodes of role-plays, and their mentor's review against the listed rules.
CREATE TABLE roleplay_free_text (
    id             BIGINT        NOT NULL PRIMARY KEY,
    attempt_id     BIGINT        NOT NULL REFERENCES roleplay_attempt (id),
    employee_id    BIGINT        NOT NULL REFERENCES employee (id),
    scenario_code  VARCHAR(40)   NOT NULL,
    node_code      VARCHAR(60)   NOT NULL,
    answer_text    VARCHAR(2000) NOT NULL,
    rule_codes     VARCHAR(1000) NOT NULL,
    answered_at    TIMESTAMP     NOT NULL,
    reviewer_id    BIGINT        REFERENCES employee (id),
    reviewed_at    TIMESTAMP,
    kept           VARCHAR(1000),
    missed         VARCHAR(1000),
    review_comment VARCHAR(2000),
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_roleplay_free_text_employee ON roleplay_free_text (employee_id);
