-- Grade pass-back sends a score whenever the learner's result changes, not only at the first
-- completion: each score carries its AGS progress values, and a (link, timestamp) pair is sent once.
-- Rows written before were all final completions.
ALTER TABLE integration_lti_score ADD COLUMN activity_progress VARCHAR(20) DEFAULT 'Completed' NOT NULL;
ALTER TABLE integration_lti_score ADD COLUMN grading_progress VARCHAR(20) DEFAULT 'FullyGraded' NOT NULL;
ALTER TABLE integration_lti_score ADD CONSTRAINT uq_lti_score_link_time UNIQUE (link_id, scored_at);
