-- Benchmark data for the motivation tiers, in its own schema (never the application's tables):
-- 100,000 employees, 200,000 audit visits with 1,000,000 audit line results (5 per visit), one
-- exam result, a certification cycle for most, role-play attempts and shadowing completions.
-- Shaped like platform.results.ResultBook. Deterministic (setseed).
DROP SCHEMA IF EXISTS bench_motivation CASCADE;
CREATE SCHEMA bench_motivation;
SET search_path = bench_motivation;
SELECT setseed(0.42);

CREATE TABLE employee (id BIGINT PRIMARY KEY, position_code TEXT NOT NULL, since DATE NOT NULL);
INSERT INTO employee SELECT g, 'SALES_CONSULTANT', current_date - (g % 900) FROM generate_series(1, 100000) g;

CREATE TABLE audit_visit (id BIGINT PRIMARY KEY, employee_id BIGINT NOT NULL, visit_date DATE NOT NULL);
INSERT INTO audit_visit SELECT v, ((v - 1) % 100000) + 1, current_date - ((v * 7919) % 150) FROM generate_series(1, 200000) v;

-- rule R-00..R-02 are critical; a line failed when passed is false
CREATE TABLE audit_line (visit_id BIGINT NOT NULL, rule_id TEXT NOT NULL, passed BOOLEAN NOT NULL, critical BOOLEAN NOT NULL);
INSERT INTO audit_line
SELECT ((l - 1) / 5) + 1, 'R-' || lpad(((l * 31) % 50)::text, 2, '0'),
       random() < (CASE WHEN (l * 31) % 50 < 3 THEN 0.985 ELSE 0.9 END), (l * 31) % 50 < 3
FROM generate_series(1, 1000000) l;
CREATE INDEX ix_bench_line_visit ON audit_line (visit_id);

CREATE TABLE exam_result (employee_id BIGINT NOT NULL, exam_code TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, passed BOOLEAN NOT NULL, at TIMESTAMPTZ NOT NULL);
INSERT INTO exam_result SELECT g, 'RETAIL-CERT-EXAM', s, s >= 80, now() - (g % 300) * interval '1 day'
FROM (SELECT g, round((55 + random() * 45)::numeric, 1)::float8 AS s FROM generate_series(1, 100000) g) x;

CREATE TABLE certification_cycle (employee_id BIGINT NOT NULL, certification_code TEXT NOT NULL, valid_from DATE NOT NULL, valid_until DATE, revoked BOOLEAN NOT NULL);
INSERT INTO certification_cycle SELECT g, 'RETAIL-SERVICE', current_date - 300, current_date + (g % 200) - 60, g % 97 = 0
FROM generate_series(1, 100000) g WHERE g % 10 <> 0;

CREATE TABLE roleplay_result (employee_id BIGINT NOT NULL, scenario_code TEXT NOT NULL, passed BOOLEAN NOT NULL, at TIMESTAMPTZ NOT NULL);
INSERT INTO roleplay_result SELECT ((r - 1) % 100000) + 1, 'RP-' || (r % 6), random() < 0.7, now() - (r % 200) * interval '1 day' - r * interval '1 second'
FROM generate_series(1, 300000) r;

CREATE TABLE shadowing_result (employee_id BIGINT NOT NULL, plan_code TEXT NOT NULL, completed_at TIMESTAMPTZ NOT NULL);
INSERT INTO shadowing_result SELECT g, 'SH-SALES', now() - (g % 400) * interval '1 day' FROM generate_series(1, 100000) g WHERE g % 3 <> 0;

ANALYZE;
