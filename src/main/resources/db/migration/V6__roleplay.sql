-- Role-play scenarios (YAML source kept as the truth, with a revision per change), attempts and
-- every choice made (for debriefs and per-choice analytics).
CREATE TABLE scenario (
    id        BIGINT          NOT NULL PRIMARY KEY,
    code      VARCHAR(40)     NOT NULL,
    objection VARCHAR(40)     NOT NULL,
    title_en  VARCHAR(300)    NOT NULL,
    title_ru  VARCHAR(300)    NOT NULL,
    revision  INTEGER         NOT NULL,
    source    VARCHAR(200000) NOT NULL,
    pass_mark INTEGER         NOT NULL,
    version   BIGINT          NOT NULL,
    CONSTRAINT uq_scenario_code UNIQUE (code)
);

CREATE TABLE roleplay_attempt (
    id               BIGINT      NOT NULL PRIMARY KEY,
    employee_id      BIGINT      NOT NULL REFERENCES employee (id),
    scenario_code    VARCHAR(40) NOT NULL,
    scenario_version INTEGER     NOT NULL,
    current_node     VARCHAR(60) NOT NULL,
    score            INTEGER     NOT NULL,
    max_score        INTEGER     NOT NULL,
    outcome          VARCHAR(20),
    started_at       TIMESTAMP   NOT NULL,
    finished_at      TIMESTAMP,
    version          BIGINT      NOT NULL
);
CREATE INDEX ix_roleplay_attempt_employee ON roleplay_attempt (employee_id, scenario_code);

CREATE TABLE roleplay_choice (
    id            BIGINT        NOT NULL PRIMARY KEY,
    attempt_id    BIGINT        NOT NULL REFERENCES roleplay_attempt (id),
    seq           INTEGER       NOT NULL,
    node_code     VARCHAR(60)   NOT NULL,
    response_code VARCHAR(60)   NOT NULL,
    score_delta   INTEGER       NOT NULL,
    honours       VARCHAR(1000),
    breaks        VARCHAR(1000),
    chosen_at     TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_roleplay_choice_attempt ON roleplay_choice (attempt_id);
CREATE INDEX ix_roleplay_choice_node ON roleplay_choice (node_code, response_code);
