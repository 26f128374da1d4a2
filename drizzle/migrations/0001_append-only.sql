-- The audit log is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Review snapshots are frozen once made.
CREATE TRIGGER review_snapshot_no_update BEFORE UPDATE ON review_snapshot
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER snapshot_progress_no_update BEFORE UPDATE ON snapshot_progress
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER snapshot_progress_no_delete BEFORE DELETE ON snapshot_progress
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER snapshot_statistic_no_update BEFORE UPDATE ON snapshot_statistic
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER snapshot_statistic_no_delete BEFORE DELETE ON snapshot_statistic
BEGIN
	SELECT RAISE(ABORT, 'review snapshots are immutable');
END;
