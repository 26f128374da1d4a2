CREATE TABLE `pack_job` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`step` text DEFAULT 'queued' NOT NULL,
	`file_name` text NOT NULL,
	`file_path` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pack_job_user_idx` ON `pack_job` (`user_id`,`step`);--> statement-breakpoint
ALTER TABLE `action` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `round_table` ADD `withdrawn_at` integer;