CREATE TABLE `snapshot_combine` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`snapshot_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`period_id` integer,
	`institution_id` integer,
	FOREIGN KEY (`snapshot_id`) REFERENCES `review_snapshot`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `snapshot_combine_idx` ON `snapshot_combine` (`snapshot_id`);--> statement-breakpoint
CREATE TABLE `stat_metric_cross` (
	`metric_id` integer NOT NULL,
	`row_dimension_id` integer NOT NULL,
	`col_dimension_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric_id`, `row_dimension_id`, `col_dimension_id`),
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`row_dimension_id`) REFERENCES `stat_dimension`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`col_dimension_id`) REFERENCES `stat_dimension`(`id`) ON UPDATE no action ON DELETE no action
);
