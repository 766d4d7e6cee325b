CREATE TABLE "boundary_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"boundary_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boundary_review_acks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"boundary_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"review_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "boundaries" ADD COLUMN "source_draft_id" uuid;--> statement-breakpoint
ALTER TABLE "commitment_events" ADD COLUMN "changes" jsonb;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "source_draft_id" uuid;--> statement-breakpoint
ALTER TABLE "boundary_events" ADD CONSTRAINT "boundary_events_boundary_id_boundaries_id_fk" FOREIGN KEY ("boundary_id") REFERENCES "public"."boundaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_events" ADD CONSTRAINT "boundary_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_review_acks" ADD CONSTRAINT "boundary_review_acks_boundary_id_boundaries_id_fk" FOREIGN KEY ("boundary_id") REFERENCES "public"."boundaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boundary_review_acks" ADD CONSTRAINT "boundary_review_acks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "boundary_events_boundary_idx" ON "boundary_events" USING btree ("boundary_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "boundary_review_acks_once_idx" ON "boundary_review_acks" USING btree ("boundary_id","user_id","review_on");--> statement-breakpoint
ALTER TABLE "boundaries" ADD CONSTRAINT "boundaries_source_draft_id_exercise_agreement_drafts_id_fk" FOREIGN KEY ("source_draft_id") REFERENCES "public"."exercise_agreement_drafts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_draft_id_exercise_agreement_drafts_id_fk" FOREIGN KEY ("source_draft_id") REFERENCES "public"."exercise_agreement_drafts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "boundaries_source_draft_idx" ON "boundaries" USING btree ("source_draft_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_source_draft_owner_idx" ON "commitments" USING btree ("source_draft_id","owner_id");
--> statement-breakpoint
-- Backfill the history of boundaries made before this table existed.
INSERT INTO "boundary_events" ("boundary_id", "kind", "version", "by_user_id", "created_at")
SELECT "boundary_id", CASE WHEN "number" = 1 THEN 'proposed' ELSE 'changed' END, "number", "proposed_by", "proposed_at" FROM "boundary_versions";--> statement-breakpoint
INSERT INTO "boundary_events" ("boundary_id", "kind", "version", "by_user_id", "created_at")
SELECT DISTINCT ON (v."id") v."boundary_id", 'agreed', v."number", c."user_id", c."consented_at"
FROM "boundary_versions" v JOIN "boundary_consents" c ON c."version_id" = v."id"
WHERE (SELECT count(*) FROM "boundary_consents" n WHERE n."version_id" = v."id") >= 2
ORDER BY v."id", c."consented_at" DESC;--> statement-breakpoint
INSERT INTO "boundary_events" ("boundary_id", "kind", "version", "by_user_id", "created_at")
SELECT "id", 'retired', COALESCE("agreed_version", "latest_version"), NULL, "retired_at" FROM "boundaries" WHERE "retired_at" IS NOT NULL;
