CREATE TABLE `mail_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`week` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`sent_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mail_deliveries_kind_check" CHECK("mail_deliveries"."kind" in ('weekly-reminder','missed-week')),
	CONSTRAINT "mail_deliveries_status_check" CHECK("mail_deliveries"."status" in ('sending','sent','failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_deliveries_user_kind_week_uq` ON `mail_deliveries` (`user_id`,`kind`,`week`);