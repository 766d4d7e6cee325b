CREATE TABLE "mood_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"day" date NOT NULL,
	"mood" integer NOT NULL,
	"feelings" jsonb NOT NULL,
	"note" text,
	"note_hold" text,
	"shared_with_couple_id" uuid,
	"shared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mood_check_ins" ADD CONSTRAINT "mood_check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mood_check_ins" ADD CONSTRAINT "mood_check_ins_shared_with_couple_id_couples_id_fk" FOREIGN KEY ("shared_with_couple_id") REFERENCES "public"."couples"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mood_check_ins_day_idx" ON "mood_check_ins" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "mood_check_ins_shared_idx" ON "mood_check_ins" USING btree ("shared_with_couple_id","day");