CREATE TABLE "mail_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"week" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_deliveries_kind_check" CHECK ("mail_deliveries"."kind" in ('weekly-reminder','missed-week')),
	CONSTRAINT "mail_deliveries_status_check" CHECK ("mail_deliveries"."status" in ('sending','sent','failed'))
);
--> statement-breakpoint
ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_deliveries_user_kind_week_uq" ON "mail_deliveries" USING btree ("user_id","kind","week");