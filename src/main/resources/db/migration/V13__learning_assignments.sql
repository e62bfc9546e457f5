-- Learning: an activity (lesson, role-play scenario, ...) assigned to one employee outside any
-- program, e.g. as remediation after an audit. Done when Progress records the activity completed
-- after it was assigned.
CREATE TABLE learning_assignment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    employee_id  BIGINT        NOT NULL REFERENCES employee (id),
    type_key     VARCHAR(40)   NOT NULL,
    ref          VARCHAR(100)  NOT NULL,
    due_on       DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    source       VARCHAR(100)  NOT NULL,
    assigned_at  TIMESTAMP     NOT NULL,
    completed_at TIMESTAMP,
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_learning_assignment_employee ON learning_assignment (employee_id, completed_at);
