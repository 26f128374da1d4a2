CREATE TABLE `result_row` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`category_key` text DEFAULT '' NOT NULL,
	`label_az` text,
	`label_en` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`table_id`) REFERENCES `result_table`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `result_row_table_idx` ON `result_row` (`table_id`);--> statement-breakpoint
CREATE TABLE `result_table` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title_az` text,
	`title_en` text,
	`aim` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`chart` text DEFAULT 'stacked' NOT NULL,
	`metric_id` integer,
	`dimension_id` integer,
	`published` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dimension_id`) REFERENCES `stat_dimension`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `result_table_code_unique` ON `result_table` (`code`);