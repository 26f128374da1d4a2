ALTER TABLE `stat_value` DROP COLUMN `source`;--> statement-breakpoint
ALTER TABLE `stat_value` DROP COLUMN `note`;