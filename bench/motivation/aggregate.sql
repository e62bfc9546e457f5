-- The same inputs and the same demo scheme (content/demo/tiers.yaml) as ONE SQL statement: the
-- tier of every employee, counted per tier. A comparison point for the Java evaluation, not how
-- FirstShift evaluates (rules as data, explanations, what-if and snapshots need the facts).
WITH visit AS (
    SELECT v.employee_id, v.visit_date, 100.0 * count(*) FILTER (WHERE l.passed) / count(*) AS score,
           bool_or(l.critical AND NOT l.passed) AS critical
    FROM bench_motivation.audit_visit v JOIN bench_motivation.audit_line l ON l.visit_id = v.id
    WHERE v.visit_date <= current_date
    GROUP BY v.id, v.employee_id, v.visit_date
), audit AS (
    SELECT employee_id,
           avg(score) FILTER (WHERE visit_date > current_date - interval '3 months') AS avg3,
           count(*) FILTER (WHERE visit_date > current_date - interval '3 months') AS n3,
           count(*) FILTER (WHERE critical AND visit_date > current_date - interval '6 months') AS crit6
    FROM visit GROUP BY employee_id
), rp_ranked AS (
    SELECT employee_id, passed, row_number() OVER (PARTITION BY employee_id ORDER BY at DESC) AS k
    FROM bench_motivation.roleplay_result WHERE at <= now()
), rp AS (
    SELECT employee_id, 100.0 * count(*) FILTER (WHERE passed) / count(*) AS rate, count(*) AS n FROM rp_ranked WHERE k <= 10 GROUP BY employee_id
), exam AS (
    SELECT employee_id, max(score) AS best FROM bench_motivation.exam_result WHERE exam_code = 'RETAIL-CERT-EXAM' GROUP BY employee_id
), cert AS (
    SELECT DISTINCT employee_id FROM bench_motivation.certification_cycle
    WHERE certification_code = 'RETAIL-SERVICE' AND NOT revoked AND valid_from <= current_date
      AND (valid_until IS NULL OR valid_until >= current_date)
), plan AS (
    SELECT DISTINCT employee_id FROM bench_motivation.shadowing_result WHERE plan_code = 'SH-SALES' AND completed_at::date <= current_date
), facts AS (
    SELECT e.id,
           coalesce(rp.rate, -1) AS rate, coalesce(rp.n, 0) AS rp_n, coalesce(exam.best, -1) AS best, cert.employee_id IS NOT NULL AS certified,
           coalesce(audit.avg3, -1) AS avg3, coalesce(audit.n3, 0) AS n3, coalesce(audit.crit6, 0) AS crit6, plan.employee_id IS NOT NULL AS planned,
           (extract(year FROM age(current_date, e.since)) * 12 + extract(month FROM age(current_date, e.since))) AS months
    FROM bench_motivation.employee e
    LEFT JOIN rp ON rp.employee_id = e.id LEFT JOIN exam ON exam.employee_id = e.id LEFT JOIN cert ON cert.employee_id = e.id
    LEFT JOIN audit ON audit.employee_id = e.id LEFT JOIN plan ON plan.employee_id = e.id
), tiered AS (
    SELECT CASE
        WHEN NOT (rp_n >= 1 AND rate >= 50) THEN 'TRAINEE'
        WHEN NOT (certified AND best >= 80 AND n3 >= 1 AND avg3 >= 80 AND crit6 = 0) THEN 'CONSULTANT'
        WHEN NOT (rp_n >= 3 AND rate >= 80 AND n3 >= 3 AND avg3 >= 90 AND planned AND months >= 6) THEN 'CONFIDENT'
        ELSE 'EXPERT' END AS tier
    FROM facts
)
SELECT tier, count(*) FROM tiered GROUP BY tier ORDER BY tier;
