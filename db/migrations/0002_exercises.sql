CREATE TABLE "exercise_agreement_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"produces" text NOT NULL,
	"title" text NOT NULL,
	"details" text NOT NULL,
	"edited_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"user_id" text NOT NULL,
	"answer" jsonb,
	"done_at" timestamp with time zone,
	"moved_on_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"template_slug" text NOT NULL,
	"template_version" integer NOT NULL,
	"template" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"step_index" integer DEFAULT 0 NOT NULL,
	"started_by" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"break_until" timestamp with time zone,
	"break_by" text
);
--> statement-breakpoint
CREATE TABLE "exercise_turn_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"step_index" integer NOT NULL,
	"seq" integer NOT NULL,
	"author_id" text NOT NULL,
	"kind" text NOT NULL,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exercise_agreement_drafts" ADD CONSTRAINT "exercise_agreement_drafts_session_id_exercise_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exercise_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_agreement_drafts" ADD CONSTRAINT "exercise_agreement_drafts_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_entries" ADD CONSTRAINT "exercise_entries_session_id_exercise_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exercise_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_entries" ADD CONSTRAINT "exercise_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_break_by_users_id_fk" FOREIGN KEY ("break_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_turn_messages" ADD CONSTRAINT "exercise_turn_messages_session_id_exercise_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."exercise_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_turn_messages" ADD CONSTRAINT "exercise_turn_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_agreement_drafts_step_idx" ON "exercise_agreement_drafts" USING btree ("session_id","step_index");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_entries_one_per_step_idx" ON "exercise_entries" USING btree ("session_id","step_index","user_id");--> statement-breakpoint
CREATE INDEX "exercise_sessions_couple_idx" ON "exercise_sessions" USING btree ("couple_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_turn_messages_seq_idx" ON "exercise_turn_messages" USING btree ("session_id","step_index","seq");