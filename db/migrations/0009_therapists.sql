CREATE TABLE "therapist_access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"record_kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapist_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"template_slug" text NOT NULL,
	"note" text,
	"due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapist_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"history" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "therapist_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"invited_by" text,
	"token_hash" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "therapist_invites_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "therapist_invites_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "therapist_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"therapist_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "therapist_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"body" text NOT NULL,
	"shared" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "therapist_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"practice" text,
	"credentials" text,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"totp_last_step" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "role" text DEFAULT 'partner' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD COLUMN "assignment_id" uuid;--> statement-breakpoint
ALTER TABLE "therapist_assignments" ADD CONSTRAINT "therapist_assignments_link_id_therapist_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."therapist_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_assignments" ADD CONSTRAINT "therapist_assignments_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_consents" ADD CONSTRAINT "therapist_consents_link_id_therapist_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."therapist_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_consents" ADD CONSTRAINT "therapist_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_invites" ADD CONSTRAINT "therapist_invites_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_invites" ADD CONSTRAINT "therapist_invites_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_links" ADD CONSTRAINT "therapist_links_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_links" ADD CONSTRAINT "therapist_links_therapist_id_users_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_notes" ADD CONSTRAINT "therapist_notes_link_id_therapist_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."therapist_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_profiles" ADD CONSTRAINT "therapist_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "therapist_access_log_couple_idx" ON "therapist_access_log" USING btree ("couple_id","at");--> statement-breakpoint
CREATE INDEX "therapist_assignments_link_idx" ON "therapist_assignments" USING btree ("link_id");--> statement-breakpoint
CREATE UNIQUE INDEX "therapist_consents_current_idx" ON "therapist_consents" USING btree ("link_id","user_id") WHERE "therapist_consents"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "therapist_invites_couple_idx" ON "therapist_invites" USING btree ("couple_id");--> statement-breakpoint
CREATE UNIQUE INDEX "therapist_links_one_open_idx" ON "therapist_links" USING btree ("couple_id","therapist_id") WHERE "therapist_links"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "therapist_links_therapist_idx" ON "therapist_links" USING btree ("therapist_id");--> statement-breakpoint
CREATE INDEX "therapist_notes_link_idx" ON "therapist_notes" USING btree ("link_id","created_at");--> statement-breakpoint
ALTER TABLE "exercise_sessions" ADD CONSTRAINT "exercise_sessions_assignment_id_therapist_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."therapist_assignments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercise_sessions_assignment_idx" ON "exercise_sessions" USING btree ("assignment_id");--> statement-breakpoint
-- The access log is append-only: the database itself refuses to change or remove a row.
CREATE OR REPLACE FUNCTION therapist_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'therapist_access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER therapist_access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "therapist_access_log" FOR EACH ROW EXECUTE FUNCTION therapist_access_log_append_only();--> statement-breakpoint
CREATE TRIGGER therapist_access_log_no_truncate BEFORE TRUNCATE ON "therapist_access_log" FOR EACH STATEMENT EXECUTE FUNCTION therapist_access_log_append_only();
