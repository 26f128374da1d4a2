CREATE TABLE `action` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`section_id` integer,
	`kind` text DEFAULT 'action' NOT NULL,
	`round_table_id` integer,
	`code` text NOT NULL,
	`text_az` text,
	`text_en` text,
	`start_year` integer,
	`end_year` integer,
	`due_date` text,
	`sample` integer DEFAULT false NOT NULL,
	`source` text,
	`note` text,
	`sort_key` text NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `plan_section`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_table_id`) REFERENCES `round_table`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_code_uq` ON `action` (`plan_id`,`code`);--> statement-breakpoint
CREATE INDEX `action_section_idx` ON `action` (`section_id`);--> statement-breakpoint
CREATE TABLE `action_institution` (
	`action_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`action_id`, `institution_id`),
	FOREIGN KEY (`action_id`) REFERENCES `action`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_institution_inst_idx` ON `action_institution` (`institution_id`);--> statement-breakpoint
CREATE TABLE `app_setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `attachment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	`sha256` text,
	`storage_path` text,
	`url` text,
	`label` text,
	`sensitivity` text DEFAULT 'partners' NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachment_subject_idx` ON `attachment` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`actor_role` text,
	`entity` text NOT NULL,
	`entity_id` text,
	`operation` text NOT NULL,
	`before` text,
	`after` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `comment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comment_subject_idx` ON `comment` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`name_az` text NOT NULL,
	`name_en` text NOT NULL,
	`unit` text DEFAULT 'count' NOT NULL,
	`baseline` real,
	`milestone` real,
	`target` real,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `action`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `indicator_value` (
	`report_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`value` real,
	`note` text,
	PRIMARY KEY(`report_id`, `indicator_id`),
	FOREIGN KEY (`report_id`) REFERENCES `progress_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `institution` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_az` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`sub_kind` text,
	`verification` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institution_code_unique` ON `institution` (`code`);--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`message_key` text NOT NULL,
	`params` text,
	`link` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notification_user_idx` ON `notification` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `period_exception` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`until_date` text NOT NULL,
	`reason` text NOT NULL,
	`granted_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_period`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_exception_uq` ON `period_exception` (`period_id`,`institution_id`);--> statement-breakpoint
CREATE TABLE `plan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title_az` text NOT NULL,
	`title_en` text NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`approval_ref` text,
	`source` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_code_unique` ON `plan` (`code`);--> statement-breakpoint
CREATE TABLE `plan_section` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`code` text NOT NULL,
	`title_az` text NOT NULL,
	`title_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source` text,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_section_code_uq` ON `plan_section` (`plan_id`,`code`);--> statement-breakpoint
CREATE TABLE `progress_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`status` text DEFAULT 'not_started' NOT NULL,
	`percent` integer,
	`done_az` text,
	`done_en` text,
	`obstacles_az` text,
	`obstacles_en` text,
	`next_steps_az` text,
	`next_steps_en` text,
	`state` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`submitted_at` integer,
	`submitted_by` integer,
	`reviewed_at` integer,
	`reviewed_by` integer,
	`return_reason` text,
	`updated_at` integer,
	`updated_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `action`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_period`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progress_report_uq` ON `progress_report` (`action_id`,`institution_id`,`period_id`);--> statement-breakpoint
CREATE INDEX `progress_report_state_idx` ON `progress_report` (`state`,`period_id`);--> statement-breakpoint
CREATE INDEX `progress_report_inst_idx` ON `progress_report` (`institution_id`,`period_id`);--> statement-breakpoint
CREATE TABLE `reminder_log` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`period_id` integer,
	`institution_id` integer,
	`sent_at` integer NOT NULL,
	`recipients` text,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_period`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reporting_period` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer,
	`scope` text DEFAULT 'progress' NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `period_code_uq` ON `reporting_period` (`plan_id`,`scope`,`code`);--> statement-breakpoint
CREATE TABLE `review_snapshot` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`name` text NOT NULL,
	`as_of` text NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_table` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`snapshot_id` integer,
	`held_on` text NOT NULL,
	`title_az` text NOT NULL,
	`title_en` text NOT NULL,
	`notes_az` text,
	`notes_en` text,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_table_participant` (
	`round_table_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	PRIMARY KEY(`round_table_id`, `institution_id`),
	FOREIGN KEY (`round_table_id`) REFERENCES `round_table`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_hash` blob NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_verified_at` integer NOT NULL,
	`two_factor_verified` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `snapshot_progress` (
	`snapshot_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`action_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`status` text NOT NULL,
	`percent` integer,
	`done_az` text,
	`done_en` text,
	`obstacles_az` text,
	`obstacles_en` text,
	`next_steps_az` text,
	`next_steps_en` text,
	`approved_at` integer,
	PRIMARY KEY(`snapshot_id`, `report_id`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `review_snapshot`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `snapshot_statistic` (
	`snapshot_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`category_key` text NOT NULL,
	`value` integer,
	`not_available` integer DEFAULT false NOT NULL,
	`derived` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`snapshot_id`, `metric_id`, `institution_id`, `period_id`, `category_key`),
	FOREIGN KEY (`snapshot_id`) REFERENCES `review_snapshot`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stat_category` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dimension_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_az` text NOT NULL,
	`name_en` text NOT NULL,
	`glotip` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`dimension_id`) REFERENCES `stat_dimension`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_category_uq` ON `stat_category` (`dimension_id`,`code`);--> statement-breakpoint
CREATE TABLE `stat_dimension` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_az` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_dimension_code_unique` ON `stat_dimension` (`code`);--> statement-breakpoint
CREATE TABLE `stat_metric` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_az` text NOT NULL,
	`name_en` text NOT NULL,
	`description_az` text,
	`description_en` text,
	`unit` text DEFAULT 'count' NOT NULL,
	`sensitive` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_metric_code_unique` ON `stat_metric` (`code`);--> statement-breakpoint
CREATE TABLE `stat_metric_dimension` (
	`metric_id` integer NOT NULL,
	`dimension_id` integer NOT NULL,
	`optional` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`metric_id`, `dimension_id`),
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dimension_id`) REFERENCES `stat_dimension`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stat_metric_institution` (
	`metric_id` integer NOT NULL,
	`institution_id` integer NOT NULL,
	PRIMARY KEY(`metric_id`, `institution_id`),
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stat_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`submitted_at` integer,
	`submitted_by` integer,
	`reviewed_at` integer,
	`reviewed_by` integer,
	`return_reason` text,
	`updated_at` integer,
	`updated_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_period`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_report_uq` ON `stat_report` (`institution_id`,`period_id`);--> statement-breakpoint
CREATE TABLE `stat_value` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`metric_id` integer NOT NULL,
	`category_key` text DEFAULT '' NOT NULL,
	`value` integer,
	`not_available` integer DEFAULT false NOT NULL,
	`source` text,
	`derived` integer DEFAULT false NOT NULL,
	`note` text,
	FOREIGN KEY (`report_id`) REFERENCES `stat_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric_id`) REFERENCES `stat_metric`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_value_uq` ON `stat_value` (`report_id`,`metric_id`,`category_key`);--> statement-breakpoint
CREATE INDEX `stat_value_metric_idx` ON `stat_value` (`metric_id`,`category_key`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`institution_id` integer,
	`locale` text DEFAULT 'az' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`totp_key` blob,
	`recovery_codes` text,
	`password_changed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE INDEX `user_institution_idx` ON `user` (`institution_id`);--> statement-breakpoint
CREATE TABLE `user_token` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_token_token_hash_unique` ON `user_token` (`token_hash`);--> statement-breakpoint
CREATE TABLE `workflow_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`reason` text,
	`actor_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workflow_event_subject_idx` ON `workflow_event` (`subject_type`,`subject_id`);