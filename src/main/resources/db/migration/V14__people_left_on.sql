-- The day an employee was deactivated (left), for the retention setting that erases personal data
-- a configured number of days later. Earlier deactivations get the day of this migration.
ALTER TABLE employee ADD left_on DATE;
UPDATE employee SET left_on = CURRENT_DATE WHERE active = FALSE;
