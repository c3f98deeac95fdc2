CREATE TABLE "share_replies" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"share_link_id" text,
	"from_week" text NOT NULL,
	"to_week" text NOT NULL,
	"body" text NOT NULL,
	"seen_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "share_replies_body_check" CHECK (length("share_replies"."body") between 1 and 1000)
);
--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "read_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "share_links" ADD COLUMN "replies_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "share_replies" ADD CONSTRAINT "share_replies_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_replies" ADD CONSTRAINT "share_replies_share_link_id_share_links_id_fk" FOREIGN KEY ("share_link_id") REFERENCES "public"."share_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "share_replies_user_created_idx" ON "share_replies" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "share_replies_link_idx" ON "share_replies" USING btree ("share_link_id");