-- A service standard, its versions (draft, published, retired), sections and rules.
-- Rule ids (e.g. GREET-01) are stable across versions: the same id in two versions is the same rule.
CREATE TABLE service_standard (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    title_en   VARCHAR(300) NOT NULL,
    title_ru   VARCHAR(300) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_service_standard_code UNIQUE (code)
);

CREATE TABLE standard_version (
    id           BIGINT        NOT NULL PRIMARY KEY,
    standard_id  BIGINT        NOT NULL REFERENCES service_standard (id),
    number       INTEGER       NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    summary_en   VARCHAR(2000),
    summary_ru   VARCHAR(2000),
    created_at   TIMESTAMP     NOT NULL,
    published_at TIMESTAMP,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_standard_version UNIQUE (standard_id, number)
);

CREATE TABLE standard_section (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    standard_version_id BIGINT        NOT NULL REFERENCES standard_version (id),
    code                VARCHAR(40)   NOT NULL,
    ordinal             INTEGER       NOT NULL,
    title_en            VARCHAR(300)  NOT NULL,
    title_ru            VARCHAR(300)  NOT NULL,
    summary_en          VARCHAR(2000),
    summary_ru          VARCHAR(2000),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_standard_section_version ON standard_section (standard_version_id);

CREATE TABLE standard_rule (
    id           BIGINT        NOT NULL PRIMARY KEY,
    section_id   BIGINT        NOT NULL REFERENCES standard_section (id),
    rule_code    VARCHAR(40)   NOT NULL,
    ordinal      INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    statement_en VARCHAR(2000) NOT NULL,
    statement_ru VARCHAR(2000) NOT NULL,
    positions    VARCHAR(1000),
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_standard_rule_section ON standard_rule (section_id);
CREATE INDEX ix_standard_rule_code ON standard_rule (rule_code);

CREATE TABLE rule_phrase (
    rule_id BIGINT        NOT NULL REFERENCES standard_rule (id),
    ordinal INTEGER       NOT NULL,
    kind    VARCHAR(10)   NOT NULL,
    text_en VARCHAR(1000) NOT NULL,
    text_ru VARCHAR(1000) NOT NULL,
    PRIMARY KEY (rule_id, ordinal)
);
