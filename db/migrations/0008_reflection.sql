CREATE TABLE `experiment_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`experiment_id` integer NOT NULL,
	`week` text NOT NULL,
	`answer` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "experiment_answers_answer_check" CHECK("experiment_answers"."answer" in ('yes','partly','no'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experiment_answers_experiment_week_uq` ON `experiment_answers` (`experiment_id`,`week`);--> statement-breakpoint
CREATE TABLE `experiments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`step_id` text,
	`measure` text NOT NULL,
	`start_week` text NOT NULL,
	`weeks` integer NOT NULL,
	`outcome` text,
	`ended_week` text,
	`adjusts` text,
	`note` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "experiments_weeks_check" CHECK("experiments"."weeks" between 2 and 6),
	CONSTRAINT "experiments_outcome_check" CHECK("experiments"."outcome" in ('kept','adjusted','dropped'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experiments_user_slug_uq` ON `experiments` (`user_id`,`slug`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`week` text NOT NULL,
	`milestone` integer,
	`leaning` text,
	`reflection` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reviews_milestone_check" CHECK("reviews"."milestone" between 1 and 5200),
	CONSTRAINT "reviews_leaning_check" CHECK("reviews"."leaning" in ('stay-and-adjust','reshape-role','step-back-for-now'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_user_week_uq` ON `reviews` (`user_id`,`week`);--> statement-breakpoint
CREATE INDEX `reviews_user_milestone_idx` ON `reviews` (`user_id`,`milestone`);--> statement-breakpoint
CREATE TABLE `wellbeing_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`week` text NOT NULL,
	`who5` text,
	`burnout` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "wellbeing_checks_burnout_check" CHECK("wellbeing_checks"."burnout" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wellbeing_checks_user_week_uq` ON `wellbeing_checks` (`user_id`,`week`);