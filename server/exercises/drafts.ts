import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { boundaries, commitments, exerciseAgreementDrafts, exerciseEntries, exerciseSessions } from "@/db/schema";
import type { Pair } from "@/server/couple/ids";
import { AppError } from "@/server/errors";

/**
 * An exercise's `agreement` draft that both partners agreed to, in this couple, of the kind asked
 * for: the only drafts that may become a boundary or commitment proposal.
 */
export async function agreedDraft(db: DbOrTx, pair: Pair, ref: { sessionId: string; stepIndex: number }, produces: "boundary" | "commitment") {
  const [draft] = await db
    .select({ id: exerciseAgreementDrafts.id, produces: exerciseAgreementDrafts.produces, title: exerciseAgreementDrafts.title, details: exerciseAgreementDrafts.details })
    .from(exerciseAgreementDrafts)
    .innerJoin(exerciseSessions, eq(exerciseSessions.id, exerciseAgreementDrafts.sessionId))
    .where(and(eq(exerciseAgreementDrafts.sessionId, ref.sessionId), eq(exerciseAgreementDrafts.stepIndex, ref.stepIndex), eq(exerciseSessions.coupleId, pair.coupleId)));
  if (!draft || draft.produces !== produces) throw new AppError("NOT_FOUND", "We couldn't find that draft from your exercise.");
  const agreed = await db
    .select({ userId: exerciseEntries.userId })
    .from(exerciseEntries)
    .where(and(eq(exerciseEntries.sessionId, ref.sessionId), eq(exerciseEntries.stepIndex, ref.stepIndex), isNotNull(exerciseEntries.doneAt)));
  const ids = new Set(agreed.map((e) => e.userId));
  if (!ids.has(pair.userId) || !ids.has(pair.partnerId)) {
    throw new AppError("BAD_REQUEST", "You can take a draft further once you have both agreed to it in the exercise.", { reason: "draft_not_agreed" });
  }
  return draft;
}

/** Whether a draft already went further: into a boundary (for both of you) or into your own commitment. */
export async function draftTaken(db: DbOrTx, pair: Pair, draftId: string, produces: "boundary" | "commitment") {
  const rows =
    produces === "boundary"
      ? await db.select({ id: boundaries.id }).from(boundaries).where(and(eq(boundaries.sourceDraftId, draftId), eq(boundaries.coupleId, pair.coupleId)))
      : await db.select({ id: commitments.id }).from(commitments).where(and(eq(commitments.sourceDraftId, draftId), eq(commitments.ownerId, pair.userId)));
  return rows.length > 0;
}
