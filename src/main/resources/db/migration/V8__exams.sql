-- Certification exams: the question bank (every revision kept), exams (blueprints), attempts with
-- their fixed draw, and one row per saved answer (an autosave inserts or updates one small row).
CREATE TABLE exam_question (
    id          BIGINT         NOT NULL PRIMARY KEY,
    code        VARCHAR(60)    NOT NULL,
    revision    INTEGER        NOT NULL,
    type        VARCHAR(20)    NOT NULL,
    difficulty  INTEGER        NOT NULL,
    rules       VARCHAR(1000)  NOT NULL,
    topics      VARCHAR(1000)  NOT NULL,
    text_en     VARCHAR(1000)  NOT NULL,
    source      VARCHAR(50000) NOT NULL,
    origin      VARCHAR(20)    NOT NULL,
    created_at  TIMESTAMP      NOT NULL,
    retired_at  TIMESTAMP,
    version     BIGINT         NOT NULL,
    CONSTRAINT uq_exam_question_revision UNIQUE (code, revision)
);

CREATE TABLE exam (
    id                 BIGINT          NOT NULL PRIMARY KEY,
    code               VARCHAR(40)     NOT NULL,
    title_en           VARCHAR(300)    NOT NULL,
    title_ru           VARCHAR(300)    NOT NULL,
    revision           INTEGER         NOT NULL,
    source             VARCHAR(50000)  NOT NULL,
    certification_code VARCHAR(60),
    version            BIGINT          NOT NULL,
    CONSTRAINT uq_exam_code UNIQUE (code)
);

CREATE TABLE exam_attempt (
    id                   BIGINT         NOT NULL PRIMARY KEY,
    employee_id          BIGINT         NOT NULL REFERENCES employee (id),
    exam_code            VARCHAR(40)    NOT NULL,
    exam_revision        INTEGER        NOT NULL,
    number               INTEGER        NOT NULL,
    started_at           TIMESTAMP      NOT NULL,
    deadline             TIMESTAMP      NOT NULL,
    drawn                VARCHAR(20000) NOT NULL,
    pass_mark            INTEGER        NOT NULL,
    certification_code   VARCHAR(60),
    review_delay_minutes BIGINT,
    status               VARCHAR(20)    NOT NULL,
    scored_at            TIMESTAMP,
    correct_count        INTEGER        NOT NULL,
    question_count       INTEGER        NOT NULL,
    score_percent        DOUBLE PRECISION NOT NULL,
    passed               BOOLEAN        NOT NULL,
    section_scores       VARCHAR(2000),
    version              BIGINT         NOT NULL,
    -- Two starts racing for the same employee and exam cannot both create attempt number n.
    CONSTRAINT uq_exam_attempt_number UNIQUE (employee_id, exam_code, number)
);
CREATE INDEX ix_exam_attempt_open ON exam_attempt (status, deadline);
CREATE INDEX ix_exam_attempt_exam ON exam_attempt (exam_code, status);

CREATE TABLE exam_answer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    attempt_id    BIGINT        NOT NULL REFERENCES exam_attempt (id),
    question_code VARCHAR(60)   NOT NULL,
    answer_values VARCHAR(4000) NOT NULL,
    saved_at      TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_exam_answer UNIQUE (attempt_id, question_code)
);
