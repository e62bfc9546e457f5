-- Courses with lessons and knowledge checks; programs (learning paths) of activities; who is
-- enrolled in what; progress per employee and activity; refreshers after standard changes.
CREATE TABLE course (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    title_en      VARCHAR(300)  NOT NULL,
    title_ru      VARCHAR(300)  NOT NULL,
    summary_en    VARCHAR(2000),
    summary_ru    VARCHAR(2000),
    standard_code VARCHAR(40),
    status        VARCHAR(20)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_course_code UNIQUE (code)
);

CREATE TABLE lesson (
    id        BIGINT         NOT NULL PRIMARY KEY,
    course_id BIGINT         NOT NULL REFERENCES course (id),
    code      VARCHAR(40)    NOT NULL,
    ordinal   INTEGER        NOT NULL,
    title_en  VARCHAR(300)   NOT NULL,
    title_ru  VARCHAR(300)   NOT NULL,
    minutes   INTEGER        NOT NULL,
    body_en   VARCHAR(100000) NOT NULL,
    body_ru   VARCHAR(100000) NOT NULL,
    teaches   VARCHAR(2000),
    version   BIGINT         NOT NULL,
    CONSTRAINT uq_lesson_code UNIQUE (code)
);
CREATE INDEX ix_lesson_course ON lesson (course_id);

CREATE TABLE lesson_question (
    id        BIGINT        NOT NULL PRIMARY KEY,
    lesson_id BIGINT        NOT NULL REFERENCES lesson (id),
    ordinal   INTEGER       NOT NULL,
    text_en   VARCHAR(2000) NOT NULL,
    text_ru   VARCHAR(2000) NOT NULL,
    version   BIGINT        NOT NULL
);
CREATE INDEX ix_lesson_question_lesson ON lesson_question (lesson_id);

CREATE TABLE lesson_option (
    question_id BIGINT        NOT NULL REFERENCES lesson_question (id),
    ordinal     INTEGER       NOT NULL,
    text_en     VARCHAR(1000) NOT NULL,
    text_ru     VARCHAR(1000) NOT NULL,
    why_en      VARCHAR(1000),
    why_ru      VARCHAR(1000),
    correct     BOOLEAN       NOT NULL,
    PRIMARY KEY (question_id, ordinal)
);

CREATE TABLE program (
    id         BIGINT        NOT NULL PRIMARY KEY,
    code       VARCHAR(40)   NOT NULL,
    title_en   VARCHAR(300)  NOT NULL,
    title_ru   VARCHAR(300)  NOT NULL,
    summary_en VARCHAR(2000),
    summary_ru VARCHAR(2000),
    positions  VARCHAR(1000),
    locations  VARCHAR(1000),
    status     VARCHAR(20)   NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT uq_program_code UNIQUE (code)
);

CREATE TABLE program_activity (
    id         BIGINT        NOT NULL PRIMARY KEY,
    program_id BIGINT        NOT NULL REFERENCES program (id),
    code       VARCHAR(40)   NOT NULL,
    ordinal    INTEGER       NOT NULL,
    type_key   VARCHAR(40)   NOT NULL,
    ref        VARCHAR(100)  NOT NULL,
    due_day    INTEGER       NOT NULL,
    requires   VARCHAR(1000),
    version    BIGINT        NOT NULL
);
CREATE INDEX ix_program_activity_program ON program_activity (program_id);

CREATE TABLE enrolment (
    id          BIGINT       NOT NULL PRIMARY KEY,
    employee_id BIGINT       NOT NULL REFERENCES employee (id),
    program_id  BIGINT       NOT NULL REFERENCES program (id),
    assigned_at TIMESTAMP    NOT NULL,
    active      BOOLEAN      NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_enrolment UNIQUE (employee_id, program_id)
);
CREATE INDEX ix_enrolment_employee ON enrolment (employee_id);

-- Progress belongs to the employee and the activity (type + ref), not to a program: a lesson done
-- once counts in every program that contains it.
CREATE TABLE activity_progress (
    id           BIGINT       NOT NULL PRIMARY KEY,
    employee_id  BIGINT       NOT NULL REFERENCES employee (id),
    type_key     VARCHAR(40)  NOT NULL,
    ref          VARCHAR(100) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    score        INTEGER,
    started_at   TIMESTAMP    NOT NULL,
    completed_at TIMESTAMP,
    version      BIGINT       NOT NULL,
    CONSTRAINT uq_activity_progress UNIQUE (employee_id, type_key, ref)
);

CREATE TABLE refresher (
    id               BIGINT        NOT NULL PRIMARY KEY,
    employee_id      BIGINT        NOT NULL REFERENCES employee (id),
    standard_code    VARCHAR(40)   NOT NULL,
    standard_version INTEGER       NOT NULL,
    lesson_code      VARCHAR(40)   NOT NULL,
    rule_codes       VARCHAR(2000) NOT NULL,
    assigned_at      TIMESTAMP     NOT NULL,
    due_on           DATE          NOT NULL,
    completed_at     TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_refresher UNIQUE (employee_id, standard_code, standard_version, lesson_code)
);
CREATE INDEX ix_refresher_employee ON refresher (employee_id);
