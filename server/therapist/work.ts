import "server-only";
import type { DbOrTx } from "@/db";
import { therapistAssignments, therapistNotes } from "@/db/schema";
import { AppError } from "@/server/errors";
import { findTemplate } from "@/server/exercises/library";
import type { TherapistAccess } from "./access";

/**
 * The therapist's only writes: their own homework and notes for a couple they have access to.
 * Nothing of the couple's is changed here.
 */
export async function assignHomework(db: DbOrTx, access: TherapistAccess, input: { slug: string; note?: string; dueOn: string | null }) {
  if (!findTemplate(input.slug)) throw new AppError("NOT_FOUND", "We couldn't find that exercise.", { field: "slug" });
  const [row] = await db
    .insert(therapistAssignments)
    .values({ linkId: access.linkId, coupleId: access.coupleId, templateSlug: input.slug, note: input.note ?? null, dueOn: input.dueOn })
    .returning({ id: therapistAssignments.id });
  return { id: row!.id };
}

/** A note private to the therapist, or shared with both partners. */
export async function addNote(db: DbOrTx, access: TherapistAccess, input: { body: string; shared: boolean }) {
  const [row] = await db.insert(therapistNotes).values({ linkId: access.linkId, body: input.body, shared: input.shared }).returning({ id: therapistNotes.id });
  return { id: row!.id };
}
