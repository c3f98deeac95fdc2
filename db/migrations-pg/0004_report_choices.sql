CREATE TABLE "report_choices" (
	"user_id" text PRIMARY KEY NOT NULL,
	"choice" json NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "talking_points" json;--> statement-breakpoint
ALTER TABLE "report_choices" ADD CONSTRAINT "report_choices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;