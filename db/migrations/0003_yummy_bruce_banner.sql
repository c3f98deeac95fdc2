PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_checkins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`week` text NOT NULL,
	`meetings_minutes` integer NOT NULL,
	`execution_minutes` integer NOT NULL,
	`mentoring_minutes` integer NOT NULL,
	`other_minutes` integer NOT NULL,
	`low_value_meeting_minutes` integer,
	`energy_meetings` integer,
	`energy_execution` integer,
	`energy_mentoring` integer,
	`skill_confidence` integer,
	`politics` integer,
	`support` integer,
	`team_growth_joy` integer,
	`satisfaction` integer,
	`manager_one_on_one` integer,
	`training` integer,
	`note` text,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "checkins_minutes_check" CHECK("__new_checkins"."meetings_minutes" between 0 and 6000 and "__new_checkins"."execution_minutes" between 0 and 6000 and "__new_checkins"."mentoring_minutes" between 0 and 6000 and "__new_checkins"."other_minutes" between 0 and 6000),
	CONSTRAINT "checkins_low_value_check" CHECK("__new_checkins"."low_value_meeting_minutes" between 0 and "__new_checkins"."meetings_minutes"),
	CONSTRAINT "checkins_ratings_check" CHECK("__new_checkins"."energy_meetings" between 1 and 5 and "__new_checkins"."energy_execution" between 1 and 5 and "__new_checkins"."energy_mentoring" between 1 and 5 and "__new_checkins"."skill_confidence" between 1 and 5 and "__new_checkins"."politics" between 1 and 5 and "__new_checkins"."support" between 1 and 5 and "__new_checkins"."team_growth_joy" between 1 and 5 and "__new_checkins"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
INSERT INTO `__new_checkins`("id", "user_id", "week", "meetings_minutes", "execution_minutes", "mentoring_minutes", "other_minutes", "low_value_meeting_minutes", "energy_meetings", "energy_execution", "energy_mentoring", "skill_confidence", "politics", "support", "team_growth_joy", "satisfaction", "manager_one_on_one", "training", "note", "is_demo", "created_at", "updated_at") SELECT "id", "user_id", "week", "meetings_minutes", "execution_minutes", "mentoring_minutes", "other_minutes", "low_value_meeting_minutes", "energy_meetings", "energy_execution", "energy_mentoring", "skill_confidence", "politics", "support", "team_growth_joy", "satisfaction", "manager_one_on_one", "training", "note", "is_demo", "created_at", "updated_at" FROM `checkins`;--> statement-breakpoint
DROP TABLE `checkins`;--> statement-breakpoint
ALTER TABLE `__new_checkins` RENAME TO `checkins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `checkins_user_week_uq` ON `checkins` (`user_id`,`week`);--> statement-breakpoint
CREATE TABLE `__new_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`previous_role` text NOT NULL,
	`leading_since` text NOT NULL,
	`team_size` integer,
	`time_zone` text,
	`meetings_max_pct` integer NOT NULL,
	`execution_min_pct` integer NOT NULL,
	`mentoring_min_pct` integer NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "profiles_previous_role_check" CHECK("__new_profiles"."previous_role" in ('engineer','product','design','it','other')),
	CONSTRAINT "profiles_targets_check" CHECK("__new_profiles"."meetings_max_pct" between 0 and 100 and "__new_profiles"."execution_min_pct" between 0 and 100 and "__new_profiles"."mentoring_min_pct" between 0 and 100),
	CONSTRAINT "profiles_team_size_check" CHECK("__new_profiles"."team_size" between 0 and 10000)
);
--> statement-breakpoint
INSERT INTO `__new_profiles`("user_id", "display_name", "previous_role", "leading_since", "team_size", "time_zone", "meetings_max_pct", "execution_min_pct", "mentoring_min_pct", "settings", "created_at", "updated_at") SELECT "user_id", "display_name", "previous_role", "leading_since", "team_size", "time_zone", "meetings_max_pct", "execution_min_pct", "mentoring_min_pct", "settings", "created_at", "updated_at" FROM `profiles`;--> statement-breakpoint
DROP TABLE `profiles`;--> statement-breakpoint
ALTER TABLE `__new_profiles` RENAME TO `profiles`;