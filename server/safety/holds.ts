import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { boundaries, boundaryComments, boundaryEvents, commitmentCheckIns, commitments, exerciseEntries, exerciseSessions, moodCheckIns, type TextHold } from "@/db/schema";
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
  z.object({ kind: z.literal("comment"), commentId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("mood"), moodId: z.uuid(), choice: z.enum(["share", "keep-private"]) }).strict(),
  z.object({ kind: z.literal("answer"), sessionId: z.uuid(), stepIndex: z.number().int().min(0).max(29), choice: z.enum(["share", "keep-private"]) }).strict(),
]);
export type ReleaseInput = z.infer<typeof releaseSchema>;

const notYours = () => new AppError("NOT_FOUND", "We couldn't find those words of yours.");

/**
 * The writer's choice for held words: share them as usual, or keep them private for good. Only the
 * writer can choose; it returns what changed so the caller can announce it (kind and id only).
 */
export async function releaseHold(db: Db, pair: Pair, input: ReleaseInput): Promise<{ kind: "commitment" | "boundary" | "exercise" | "mood"; id: string }> {
  const next: TextHold | null = input.choice === "share" ? null : "private";
  return db.transaction(async (tx) => {
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
        return { kind: "commitment", id: row.commitmentId };
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
        return { kind: "boundary", id: row.boundaryId };
      }
      case "mood": {
        const [row] = await tx
          .select({ id: moodCheckIns.id, hold: moodCheckIns.noteHold })
          .from(moodCheckIns)
          .where(and(eq(moodCheckIns.id, input.moodId), eq(moodCheckIns.userId, pair.userId)))
          .for("update");
        if (!row) throw notYours();
        if (row.hold === null) throw new AppError("BAD_REQUEST", "This note is already shared.", { reason: "not_held" });
        await tx.update(moodCheckIns).set({ noteHold: next }).where(eq(moodCheckIns.id, row.id));
        return { kind: "mood", id: row.id };
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
        return { kind: "exercise", id: input.sessionId };
      }
    }
  });
}
