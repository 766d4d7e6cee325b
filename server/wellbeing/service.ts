import "server-only";
import { and, desc, eq, gte, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { moodCheckIns } from "@/db/schema";
import { addDays, localDate } from "@/server/commitments/periods";
import type { CoupleId, Pair } from "@/server/couple/ids";
import { AppError } from "@/server/errors";
import { holdFor } from "@/server/safety/holds";
import type { Feeling } from "./fields";

/**
 * Saves today's check-in (in the person's zone), private unless they already shared today's
 * entry. Returns the couple it is shared with, if any, so that couple can be told (kind and id).
 */
export async function saveMood(db: Db, userId: string, input: { mood: number; feelings: Feeling[]; note?: string; timeZone: string }, now = new Date()) {
  const day = localDate(now, input.timeZone);
  const noteHold = holdFor(input.note);
  const values = { mood: input.mood, feelings: input.feelings, note: input.note || null, noteHold, updatedAt: now };
  const [row] = await db
    .insert(moodCheckIns)
    .values({ userId, day, ...values })
    .onConflictDoUpdate({ target: [moodCheckIns.userId, moodCheckIns.day], set: values })
    .returning({ id: moodCheckIns.id, sharedWith: moodCheckIns.sharedWithCoupleId });
  return { id: row!.id, day, supportive: noteHold === "held", sharedWith: row!.sharedWith };
}

/** Your own check-ins, newest first: everything, private or shared. */
/** Your own entries, newest first; `limit: null` for all of them (the export). */
export async function myMoods(db: DbOrTx, userId: string, limit: number | null = 60) {
  const query = db.select().from(moodCheckIns).where(eq(moodCheckIns.userId, userId)).orderBy(desc(moodCheckIns.day));
  const rows = limit === null ? await query : await query.limit(limit);
  return rows.map((r) => ({ id: r.id, day: r.day, mood: r.mood, feelings: r.feelings, note: r.note, noteHold: r.noteHold, shared: r.sharedWithCoupleId !== null }));
}

/** Share one of your entries with your current couple. Only its writer can. */
export async function shareMood(db: Db, pair: Pair, id: string) {
  const [row] = await db
    .update(moodCheckIns)
    .set({ sharedWithCoupleId: pair.coupleId, sharedAt: new Date() })
    .where(and(eq(moodCheckIns.id, id), eq(moodCheckIns.userId, pair.userId)))
    .returning({ id: moodCheckIns.id });
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find that check-in of yours.");
}

/** Make one of your entries private again, any time, alone. Returns the couple that could see it. */
export async function unshareMood(db: Db, userId: string, id: string) {
  const [before] = await db.select({ sharedWith: moodCheckIns.sharedWithCoupleId }).from(moodCheckIns).where(and(eq(moodCheckIns.id, id), eq(moodCheckIns.userId, userId)));
  if (!before) throw new AppError("NOT_FOUND", "We couldn't find that check-in of yours.");
  await db.update(moodCheckIns).set({ sharedWithCoupleId: null, sharedAt: null }).where(eq(moodCheckIns.id, id));
  return { sharedWith: before.sharedWith };
}

/**
 * The entries both of you chose to share with this couple, for the shared mood trend. A held or
 * private note stays its writer's; nothing private is ever read here.
 */
export async function sharedMoods(db: DbOrTx, coupleId: CoupleId, viewerId: string, partnerId: string, days: number | null = 60, now = new Date()) {
  const since = days === null ? null : addDays(now.toISOString().slice(0, 10), -days);
  const rows = await db
    .select()
    .from(moodCheckIns)
    .where(and(eq(moodCheckIns.sharedWithCoupleId, coupleId), inArray(moodCheckIns.userId, [viewerId, partnerId]), since === null ? undefined : gte(moodCheckIns.day, since)))
    .orderBy(moodCheckIns.day);
  return rows.map((r) => {
    const own = r.userId === viewerId;
    return { id: r.id, by: own ? ("you" as const) : ("partner" as const), day: r.day, mood: r.mood, feelings: r.feelings, note: own || r.noteHold === null ? r.note : null };
  });
}

