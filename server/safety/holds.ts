import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { boundaries, boundaryComments, boundaryEvents, commitmentCheckIns, commitmentEvents, commitments, exerciseEntries, exerciseSessions, moodCheckIns, type TextHold } from "@/db/schema";
import type { Pair } from "@/server/couple/ids";
import { AppError } from "@/server/errors";
import { needsSupport } from "./risk-language";

/** Every string a person wrote in a value (an answer can be text, a list, choices). */
function wordsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(wordsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(wordsIn);
  return [];
}

/** Whether the writer should see the supportive panel for what they just wrote. */
export const supportFor = (value: unknown): boolean => wordsIn(value).some(needsSupport);

/** The hold to store with words that will be shared: held back until the writer chooses. */
export const holdFor = (value: unknown): TextHold | null => (supportFor(value) ? "held" : null);

export const releaseSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("check-in"), checkInId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("commitment-note"), eventId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("comment"), commentId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("mood"), moodId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("answer"), sessionId: z.uuid(), stepIndex: z.number().int().min(0).max(29), choice: z.enum(["share", "keep-private"]) }).strict(),
]);
export type ReleaseInput = z.infer<typeof releaseSchema>;

const notYours = () => new AppError("NOT_FOUND", "We couldn't find those words of yours.");

/**
 * Who can see what a change changed: the couple, or only its writer (their other devices). A
 * change the partner can't see is never announced to them — even an event with no content would
 * tell them that something they can't see just happened.
 */
export type Audience = "couple" | "self";

/**
 * The writer's choice for held words: share them as usual, or keep them private for good. Only the
 * writer can choose; it returns what changed, and for whom, so the caller can announce it (kind and
 * id only). Keeping words private changes nothing the partner sees, except for an exercise answer:
 * there the partner sees that the answer is in and isn't shared, as with any answer kept private.
 */
export async function releaseHold(
  db: Db,
  viewer: { userId: string; pair: Pair | null },
  input: ReleaseInput,
): Promise<{ kind: "commitment" | "boundary" | "exercise" | "mood"; id: string; coupleId: string | null; audience: Audience }> {
  const next: TextHold | null = input.choice === "share" ? null : "private";
  const seenByPartner: Audience = next === null ? "couple" : "self";
  // A mood entry is the person's own, couple or not; every other kind of words lives in a couple.
  if (input.kind === "mood") {
    return db.transaction(async (tx) => {
      const [row] = await tx
        .select({ id: moodCheckIns.id, hold: moodCheckIns.noteHold, sharedWith: moodCheckIns.sharedWithCoupleId })
        .from(moodCheckIns)
        .where(and(eq(moodCheckIns.id, input.moodId), eq(moodCheckIns.userId, viewer.userId)))
        .for("update");
      if (!row) throw notYours();
      if (row.hold === null) throw new AppError("BAD_REQUEST", "This note is already shared.", { reason: "not_held" });
      await tx.update(moodCheckIns).set({ noteHold: next }).where(eq(moodCheckIns.id, row.id));
      // An entry that isn't shared is the writer's alone, whatever happens to its note.
      return { kind: "mood", id: row.id, coupleId: row.sharedWith, audience: row.sharedWith ? seenByPartner : "self" };
    });
  }
  const pair = viewer.pair;
  if (!pair) throw notYours();
  const result = await db.transaction(async (tx): Promise<{ kind: "commitment" | "boundary" | "exercise"; id: string; audience: Audience }> => {
    switch (input.kind) {
      case "check-in": {
        const [row] = await tx
          .select({ id: commitmentCheckIns.id, hold: commitmentCheckIns.noteHold, commitmentId: commitments.id })
          .from(commitmentCheckIns)
          .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
          .where(and(eq(commitmentCheckIns.id, input.checkInId), eq(commitments.coupleId, pair.coupleId), eq(commitments.ownerId, pair.userId)))
          .for("update");
        if (!row) throw notYours();
        if (row.hold === null) throw new AppError("BAD_REQUEST", "This note is already shared.", { reason: "not_held" });
        await tx.update(commitmentCheckIns).set({ noteHold: next }).where(eq(commitmentCheckIns.id, row.id));
        return { kind: "commitment", id: row.commitmentId, audience: seenByPartner };
      }
      case "commitment-note": {
        const [row] = await tx
          .select({ id: commitmentEvents.id, hold: commitmentEvents.noteHold, commitmentId: commitments.id })
          .from(commitmentEvents)
          .innerJoin(commitments, eq(commitments.id, commitmentEvents.commitmentId))
          .where(and(eq(commitmentEvents.id, input.eventId), eq(commitments.coupleId, pair.coupleId), eq(commitmentEvents.byUserId, pair.userId)))
          .for("update");
        if (!row) throw notYours();
        if (row.hold === null) throw new AppError("BAD_REQUEST", "This note is already shared.", { reason: "not_held" });
        await tx.update(commitmentEvents).set({ noteHold: next }).where(eq(commitmentEvents.id, row.id));
        return { kind: "commitment", id: row.commitmentId, audience: seenByPartner };
      }
      case "comment": {
        const [row] = await tx
          .select({ id: boundaryComments.id, hold: boundaryComments.hold, boundaryId: boundaries.id, version: boundaries.latestVersion })
          .from(boundaryComments)
          .innerJoin(boundaries, eq(boundaries.id, boundaryComments.boundaryId))
          .where(and(eq(boundaryComments.id, input.commentId), eq(boundaries.coupleId, pair.coupleId), eq(boundaryComments.authorId, pair.userId)))
          .for("update");
        if (!row) throw notYours();
        if (row.hold === null) throw new AppError("BAD_REQUEST", "This comment is already shared.", { reason: "not_held" });
        await tx.update(boundaryComments).set({ hold: next }).where(eq(boundaryComments.id, row.id));
        // The timeline hears of a comment only once it is shared.
        if (next === null) await tx.insert(boundaryEvents).values({ boundaryId: row.boundaryId, kind: "commented", version: row.version, byUserId: pair.userId });
        return { kind: "boundary", id: row.boundaryId, audience: seenByPartner };
      }
      case "answer": {
        const [row] = await tx
          .select({ id: exerciseEntries.id, hold: exerciseEntries.hold })
          .from(exerciseEntries)
          .innerJoin(exerciseSessions, eq(exerciseSessions.id, exerciseEntries.sessionId))
          .where(and(eq(exerciseEntries.sessionId, input.sessionId), eq(exerciseEntries.stepIndex, input.stepIndex), eq(exerciseEntries.userId, pair.userId), eq(exerciseSessions.coupleId, pair.coupleId)))
          .for("update");
        if (!row) throw notYours();
        if (row.hold === null) throw new AppError("BAD_REQUEST", "This answer is already shared.", { reason: "not_held" });
        await tx.update(exerciseEntries).set({ hold: next }).where(eq(exerciseEntries.id, row.id));
        // Either way the partner now sees the answer is in: shared, or kept private by choice.
        return { kind: "exercise", id: input.sessionId, audience: "couple" };
      }
    }
  });
  return { ...result, coupleId: pair.coupleId };
}
