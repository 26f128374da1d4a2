-- Snapshots made before the official-source rules were frozen with them take the rules in force
-- now (the best record there is), so that from here on a later choice changes none of them.
INSERT INTO snapshot_combine (snapshot_id, metric_id, period_id, institution_id)
SELECT s.id, m.id, NULL, m.official_institution_id
FROM review_snapshot s, stat_metric m
WHERE m.combine = 'official';
--> statement-breakpoint
INSERT INTO snapshot_combine (snapshot_id, metric_id, period_id, institution_id)
SELECT s.id, c.metric_id, c.period_id, c.institution_id
FROM review_snapshot s, stat_official_choice c
JOIN stat_metric m ON m.id = c.metric_id
WHERE m.combine = 'official';
--> statement-breakpoint
-- frozen once made, like the rest of a snapshot
CREATE TRIGGER snapshot_combine_no_update BEFORE UPDATE ON snapshot_combine
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER snapshot_combine_no_delete BEFORE DELETE ON snapshot_combine
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
