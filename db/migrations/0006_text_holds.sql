ALTER TABLE "exercise_entries" ADD COLUMN "hold" text;--> statement-breakpoint
ALTER TABLE "boundary_comments" ADD COLUMN "hold" text;--> statement-breakpoint
ALTER TABLE "commitment_check_ins" ADD COLUMN "note_hold" text;