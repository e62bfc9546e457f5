-- Shadowing: plans of observed tasks per position (content), shadow shifts scheduled by HR, and the
-- append-only, hash-chained record of sign-offs, corrections and confirmations, with photos and PINs.

CREATE TABLE shadowing_plan (
    id         BIGINT        NOT NULL PRIMARY KEY,
    code       VARCHAR(40)   NOT NULL,
    title_en   VARCHAR(300)  NOT NULL,
    title_ru   VARCHAR(300)  NOT NULL,
    summary_en VARCHAR(2000),
    summary_ru VARCHAR(2000),
    positions  VARCHAR(1000) NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT uq_shadowing_plan_code UNIQUE (code)
);

CREATE TABLE shadowing_task (
    id           BIGINT        NOT NULL PRIMARY KEY,
    plan_id      BIGINT        NOT NULL REFERENCES shadowing_plan (id),
    code         VARCHAR(40)   NOT NULL,
    ordinal      INTEGER       NOT NULL,
    title_en     VARCHAR(300)  NOT NULL,
    title_ru     VARCHAR(300)  NOT NULL,
    watch_for_en VARCHAR(2000),
    watch_for_ru VARCHAR(2000),
    rules        VARCHAR(1000) NOT NULL,
    repetitions  INTEGER       NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_shadowing_task_code UNIQUE (code)
);
CREATE INDEX ix_shadowing_task_plan ON shadowing_task (plan_id);

-- One shift per trainee, mentor and day; sign-offs are made on a shift.
CREATE TABLE shadow_shift (
    id            BIGINT       NOT NULL PRIMARY KEY,
    trainee_id    BIGINT       NOT NULL REFERENCES employee (id),
    mentor_id     BIGINT       NOT NULL REFERENCES employee (id),
    location_code VARCHAR(40)  NOT NULL REFERENCES location (code),
    shift_date    DATE         NOT NULL,
    starts_at     TIME         NOT NULL,
    ends_at       TIME         NOT NULL,
    scheduled_by  VARCHAR(100) NOT NULL,
    scheduled_at  TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_shadow_shift UNIQUE (trainee_id, mentor_id, shift_date)
);
CREATE INDEX ix_shadow_shift_mentor_date ON shadow_shift (mentor_id, shift_date);
CREATE INDEX ix_shadow_shift_date ON shadow_shift (shift_date);

-- Insert-only. BYTEA is binary on PostgreSQL and an alias of BINARY VARYING on H2.
CREATE TABLE shadowing_photo (
    id           BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    byte_count   INTEGER     NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    bytes        BYTEA       NOT NULL,
    uploaded_at  TIMESTAMP   NOT NULL
);

-- Append-only and hash-chained per trainee: the application only ever inserts here. (trainee_id, seq)
-- keeps each chain a single line even when two mentors write at once; client_id makes a phone's
-- retried sign-off idempotent. recorded_at_ms is epoch milliseconds (hashed; no time-zone trips).
CREATE TABLE shadowing_record (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    trainee_id          BIGINT        NOT NULL REFERENCES employee (id),
    seq                 INTEGER       NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    client_id           VARCHAR(36),
    actor_id            BIGINT        NOT NULL REFERENCES employee (id),
    plan_code           VARCHAR(40),
    task_code           VARCHAR(40),
    shift_id            BIGINT        REFERENCES shadow_shift (id),
    observed_on         DATE,
    rating              VARCHAR(20),
    comment_text        VARCHAR(2000),
    photo_id            BIGINT        REFERENCES shadowing_photo (id),
    photo_sha256        VARCHAR(64),
    refers_to_seq       INTEGER,
    confirmation_method VARCHAR(20),
    recorded_at_ms      BIGINT        NOT NULL,
    previous_hash       VARCHAR(64)   NOT NULL,
    record_hash         VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_shadowing_record_seq UNIQUE (trainee_id, seq),
    CONSTRAINT uq_shadowing_record_client UNIQUE (client_id)
);
CREATE INDEX ix_shadowing_record_actor ON shadowing_record (actor_id, recorded_at_ms);

CREATE TABLE trainee_pin (
    id              BIGINT       NOT NULL PRIMARY KEY,
    employee_id     BIGINT       NOT NULL REFERENCES employee (id),
    pin_hash        VARCHAR(400) NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    set_at          TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_trainee_pin_employee UNIQUE (employee_id)
);
