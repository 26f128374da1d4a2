CREATE TABLE `stat_official_choice` (
	`metric_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`reason` text NOT NULL,
	`chosen_by` integer,
	`chosen_at` integer NOT NULL,
	PRIMARY KEY(`metric_id`, `period_id`),
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_period`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chosen_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `stat_metric` ADD `combine` text DEFAULT 'sum' NOT NULL;--> statement-breakpoint
ALTER TABLE `stat_metric` ADD `official_institution_id` integer REFERENCES institution(id);