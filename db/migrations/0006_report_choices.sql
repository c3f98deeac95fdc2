CREATE TABLE `report_choices` (
	`user_id` text PRIMARY KEY NOT NULL,
	`choice` text NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `share_links` ADD `talking_points` text;