ALTER TABLE `snapshot_statistic` ADD `source_az` text;--> statement-breakpoint
ALTER TABLE `snapshot_statistic` ADD `source_en` text;--> statement-breakpoint
ALTER TABLE `snapshot_statistic` ADD `note_az` text;--> statement-breakpoint
ALTER TABLE `snapshot_statistic` ADD `note_en` text;--> statement-breakpoint
ALTER TABLE `stat_value` ADD `source_az` text;--> statement-breakpoint
ALTER TABLE `stat_value` ADD `source_en` text;--> statement-breakpoint
ALTER TABLE `stat_value` ADD `note_az` text;--> statement-breakpoint
ALTER TABLE `stat_value` ADD `note_en` text;