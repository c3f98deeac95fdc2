CREATE TABLE `share_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`share_link_id` text,
	`from_week` text NOT NULL,
	`to_week` text NOT NULL,
	`body` text NOT NULL,
	`seen_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`share_link_id`) REFERENCES `share_links`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "share_replies_body_check" CHECK(length("share_replies"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE INDEX `share_replies_user_created_idx` ON `share_replies` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `share_replies_link_idx` ON `share_replies` (`share_link_id`);--> statement-breakpoint
ALTER TABLE `share_links` ADD `read_at` integer;--> statement-breakpoint
ALTER TABLE `share_links` ADD `replies_enabled` integer DEFAULT true NOT NULL;