CREATE TABLE pay_grade (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    rank_no INTEGER      NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT uq_pay_grade_code UNIQUE (code)
);

CREATE TABLE job_position (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT uq_job_position_code UNIQUE (code)
);

CREATE TABLE location (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    city    VARCHAR(200),
    version BIGINT       NOT NULL,
    CONSTRAINT uq_location_code UNIQUE (code)
);

CREATE TABLE employee (
    id               BIGINT       NOT NULL PRIMARY KEY,
    personnel_number VARCHAR(40)  NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(200),
    hire_date        DATE         NOT NULL,
    position_id      BIGINT       NOT NULL REFERENCES job_position (id),
    location_id      BIGINT       NOT NULL REFERENCES location (id),
    pay_grade_id     BIGINT       REFERENCES pay_grade (id),
    language         VARCHAR(5)   NOT NULL,
    active           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_employee_personnel_number UNIQUE (personnel_number)
);
CREATE INDEX ix_employee_location ON employee (location_id);
CREATE INDEX ix_employee_position ON employee (position_id);

CREATE TABLE mentor_assignment (
    id         BIGINT NOT NULL PRIMARY KEY,
    mentor_id  BIGINT NOT NULL REFERENCES employee (id),
    trainee_id BIGINT NOT NULL REFERENCES employee (id),
    starts_on  DATE   NOT NULL,
    ends_on    DATE,
    version    BIGINT NOT NULL
);
CREATE INDEX ix_mentor_assignment_mentor ON mentor_assignment (mentor_id);
CREATE INDEX ix_mentor_assignment_trainee ON mentor_assignment (trainee_id);

ALTER TABLE account ADD CONSTRAINT fk_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id);
