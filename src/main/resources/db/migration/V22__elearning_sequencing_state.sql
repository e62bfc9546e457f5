-- The learner's SCORM 2004 sequencing state for one package that the item attempts do not hold:
-- the activity a suspendAll left the course in (resumed by the next launch) and the order of the
-- clusters that select or randomise their children (JSON), kept so a resumed learner sees the
-- same order.
CREATE TABLE elearning_sequencing_state (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    package_id         BIGINT         NOT NULL REFERENCES elearning_package (id),
    employee_id        BIGINT         NOT NULL REFERENCES employee (id),
    suspended_activity VARCHAR(255),
    arrangement        VARCHAR(100000) NOT NULL,
    updated_at         TIMESTAMP      NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT uq_elearning_sequencing_state UNIQUE (package_id, employee_id)
);
