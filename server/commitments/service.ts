import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db";
import { checkInResponses, commitmentCheckIns, commitmentEvents, commitments, type CommitmentChanges } from "@/db/schema";
import type { Pair } from "@/server/couple/ids";
import { AppError, isUniqueViolation } from "@/server/errors";
import { agreedDraft } from "@/server/exercises/drafts";
import { holdFor, supportFor } from "@/server/safety/holds";
import { activePeriods, inactiveRanges, localDate, periodOf, periodsThrough, progress, type Cadence, type Outcome } from "./periods";


async function find(db: DbOrTx, pair: Pair, commitmentId: string, lock = false) {
  const query = db.select().from(commitments).where(and(eq(commitments.id, commitmentId), eq(commitments.coupleId, pair.coupleId)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find this commitment.");
  return row;
}

export async function createCommitment(
  db: Db,
  pair: Pair,
  input: { what: string; why?: string; question: string; cadence: Cadence; startOn: string; endOn: string | null; timeZone: string; fromDraft?: { sessionId: string; stepIndex: number } },
) {
  try {
    return await db.transaction(async (tx) => {
      // A draft written together in an exercise may become your own commitment (once); it binds only you.
      const sourceDraftId = input.fromDraft ? (await agreedDraft(tx, pair, input.fromDraft, "commitment")).id : null;
      const [row] = await tx
        .insert(commitments)
        .values({ coupleId: pair.coupleId, ownerId: pair.userId, what: input.what, why: input.why || null, question: input.question, cadence: input.cadence, startOn: input.startOn, endOn: input.endOn, timeZone: input.timeZone, sourceDraftId })
        .returning({ id: commitments.id });
      await tx.insert(commitmentEvents).values({ commitmentId: row!.id, kind: "created", byUserId: pair.userId });
      // The wording is the proposal itself, so it is not held; its writer still sees the panel.
      return { id: row!.id, supportive: supportFor([input.what, input.why, input.question]) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "You've already made this draft your commitment.", { reason: "draft_used" });
    throw error;
  }
}

/** The partner's acknowledgement: seen / thank you / let's talk. Never from the committer. */
export async function acknowledgeCommitment(db: Db, pair: Pair, commitmentId: string, response: "seen" | "thank-you" | "lets-talk") {
  const row = await find(db, pair, commitmentId);
  if (row.ownerId === pair.userId) throw new AppError("BAD_REQUEST", "This is for your partner to answer.", { reason: "own_commitment" });
  await db.insert(commitmentEvents).values({ commitmentId, kind: "acknowledged", detail: response, byUserId: pair.userId });
}

/**
 * A history entry with the committer's note. A note the supportive check stops at is held from the
 * partner until its writer shares it or keeps it private; `supportive` tells the writer's screen.
 */
async function noteEvent(tx: Tx, values: typeof commitmentEvents.$inferInsert) {
  const noteHold = holdFor(values.note);
  const [event] = await tx.insert(commitmentEvents).values({ ...values, noteHold }).returning({ id: commitmentEvents.id });
  return { eventId: event!.id, supportive: noteHold === "held" };
}

/** Pause, resume or end: the committer's own choice, kept in the history with a note. */
export async function changeLifecycle(db: Db, pair: Pair, commitmentId: string, action: "pause" | "resume" | "end", note: string | undefined) {
  return db.transaction(async (tx) => {
    const row = await find(tx, pair, commitmentId, true);
    if (row.ownerId !== pair.userId) throw new AppError("FORBIDDEN", "Only the person who made a commitment can change it.");
    const next = { pause: "paused", resume: "active", end: "ended" } as const;
    const allowed = { pause: row.status === "active", resume: row.status === "paused", end: row.status !== "ended" }[action];
    if (!allowed) throw new AppError("BAD_REQUEST", "That doesn't fit where this commitment is now.", { reason: "wrong_state" });
    await tx.update(commitments).set({ status: next[action] }).where(eq(commitments.id, row.id));
    const event = await noteEvent(tx, { commitmentId: row.id, kind: ({ pause: "paused", resume: "resumed", end: "ended" } as const)[action], byUserId: pair.userId, note: note || null });
    return { ...event, noteHeld: event.supportive };
  });
}

/**
 * Changing the words or the end date: the committer only, while not ended. The history keeps what
 * each field said before and after, with the note, so nothing changes silently.
 */
export async function changeCommitment(
  db: Db,
  pair: Pair,
  input: { commitmentId: string; what: string; why: string; question: string; endOn: string | null; note?: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await find(tx, pair, input.commitmentId, true);
    if (row.ownerId !== pair.userId) throw new AppError("FORBIDDEN", "Only the person who made a commitment can change it.");
    if (row.status === "ended") throw new AppError("BAD_REQUEST", "This commitment has ended, so it stays as it was.", { reason: "wrong_state" });
    if (input.endOn !== null) {
      if (input.endOn < row.startOn) throw new AppError("BAD_REQUEST", "The end date can't be before the start.", { field: "endOn" });
      // Moving the end into the past would quietly drop days; ending now is what "End" is for.
      if (input.endOn < localDate(now, row.timeZone)) throw new AppError("BAD_REQUEST", "Choose an end date from today on, or end the commitment instead.", { field: "endOn" });
      if (row.cadence.kind === "once" && input.endOn < row.cadence.dueOn) throw new AppError("BAD_REQUEST", "The end date can't be before the day it's due.", { field: "endOn" });
    }
    const next = { what: input.what, why: input.why || null, question: input.question, endOn: input.endOn };
    const changes: CommitmentChanges = {};
    for (const field of ["what", "why", "question", "endOn"] as const) {
      if (row[field] !== next[field]) changes[field] = { from: row[field], to: next[field] };
    }
    if (Object.keys(changes).length === 0) throw new AppError("BAD_REQUEST", "Nothing has changed yet.", { reason: "unchanged" });
    await tx.update(commitments).set(next).where(eq(commitments.id, row.id));
    const event = await noteEvent(tx, { commitmentId: row.id, kind: "changed", byUserId: pair.userId, changes, note: input.note || null });
    return { ...event, supportive: event.supportive || supportFor([next.what, next.why, next.question]), noteHeld: event.supportive };
  });
}

/**
 * A check-in for one period, by the committer only: not for a future period, not before the start
 * or after the end, once per period and never edited afterwards.
 */
export async function checkIn(db: Db, pair: Pair, input: { commitmentId: string; period: string; outcome: Outcome; note?: string }, now = new Date()) {
  try {
    return await db.transaction(async (tx: Tx) => {
      const row = await find(tx, pair, input.commitmentId, true);
      if (row.ownerId !== pair.userId) throw new AppError("FORBIDDEN", "Only the person who made a commitment checks in on it.");
      if (row.status !== "active") throw new AppError("BAD_REQUEST", "This commitment is paused or ended, so there is nothing to check in.", { reason: "not_active" });
      const today = localDate(now, row.timeZone);
      const current = periodOf(row.cadence, today);
      if (periodOf(row.cadence, input.period) !== input.period) throw new AppError("BAD_REQUEST", "That date isn't one of this commitment's check-in days.", { field: "period" });
      if ((current && input.period > current) || (!current && input.period > today)) throw new AppError("BAD_REQUEST", "You can only check in for today or earlier.", { field: "period" });
      const first = periodOf(row.cadence, row.startOn) ?? row.startOn;
      if (input.period < first || (row.endOn && input.period > row.endOn)) throw new AppError("BAD_REQUEST", "That date is outside this commitment's dates.", { field: "period" });
      const [created] = await tx
        .insert(commitmentCheckIns)
        .values({ commitmentId: row.id, period: input.period, outcome: input.outcome, note: input.note || null, noteHold: holdFor(input.note) })
        .returning({ id: commitmentCheckIns.id, noteHold: commitmentCheckIns.noteHold });
      // `supportive`: the writer alone sees a calm panel; the note waits until they choose.
      return { id: created!.id, supportive: created!.noteHold === "held" };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "You've already checked in for that day. Check-ins aren't changed afterwards.", { reason: "already_checked_in" });
    throw error;
  }
}

/** The partner's answer to a check-in, once. No scoring of the partner. */
export async function respondToCheckIn(db: Db, pair: Pair, checkInId: string, response: "confirmed" | "unsure") {
  const [row] = await db
    .select({ ownerId: commitments.ownerId })
    .from(commitmentCheckIns)
    .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
    .where(and(eq(commitmentCheckIns.id, checkInId), eq(commitments.coupleId, pair.coupleId)));
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find this check-in.");
  if (row.ownerId === pair.userId) throw new AppError("BAD_REQUEST", "Your partner answers your check-ins.", { reason: "own_check_in" });
  try {
    await db.insert(checkInResponses).values({ checkInId, responderId: pair.userId, response });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "You've already answered this check-in.", { reason: "already_answered" });
    throw error;
  }
}

const who = (userId: string | null, viewerId: string): "you" | "partner" | null => (userId === null ? null : userId === viewerId ? "you" : "partner");

/**
 * A commitment's progress now, in the committer's own zone. Paused days and days after the end are
 * not "no check-in": nothing was asked of anyone then. `fromDay` leaves out the periods before it
 * (a therapist who may see only what happened after consent).
 */
export function commitmentProgress(
  row: { cadence: Cadence; startOn: string; endOn: string | null; timeZone: string; status: string },
  outcomes: ReadonlyMap<string, Outcome>,
  history: ReadonlyArray<{ kind: string; createdAt: Date }>,
  now: Date,
  fromDay: string | null = null,
) {
  const today = localDate(now, row.timeZone);
  const start = fromDay && fromDay > row.startOn ? fromDay : row.startOn;
  const periods = activePeriods(periodsThrough(row.cadence, start, row.endOn, today), new Set(outcomes.keys()), inactiveRanges(history.map((e) => ({ kind: e.kind, at: e.createdAt })), row.timeZone));
  const currentPeriod = periodOf(row.cadence, today);
  return { today, currentPeriod, progress: progress(periods, outcomes, row.status === "active" ? currentPeriod : null) };
}

/** Both partners' commitments with progress, check-ins (newest first) and history. */
export async function listCommitments(db: DbOrTx, pair: Pair, now = new Date()) {
  const rows = await db.select().from(commitments).where(eq(commitments.coupleId, pair.coupleId)).orderBy(desc(commitments.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [checkIns, events] = await Promise.all([
    db
      .select({ id: commitmentCheckIns.id, commitmentId: commitmentCheckIns.commitmentId, period: commitmentCheckIns.period, outcome: commitmentCheckIns.outcome, note: commitmentCheckIns.note, noteHold: commitmentCheckIns.noteHold, response: checkInResponses.response })
      .from(commitmentCheckIns)
      .leftJoin(checkInResponses, eq(checkInResponses.checkInId, commitmentCheckIns.id))
      .where(inArray(commitmentCheckIns.commitmentId, ids))
      .orderBy(desc(commitmentCheckIns.period)),
    db.select().from(commitmentEvents).where(inArray(commitmentEvents.commitmentId, ids)).orderBy(asc(commitmentEvents.createdAt)),
  ]);
  return rows.map((row) => {
    const mine = checkIns.filter((c) => c.commitmentId === row.id);
    const history = events.filter((e) => e.commitmentId === row.id);
    const { today, currentPeriod, progress } = commitmentProgress(row, new Map(mine.map((c) => [c.period, c.outcome] as const)), history, now);
    return {
      id: row.id,
      owner: who(row.ownerId, pair.userId),
      what: row.what,
      why: row.why,
      question: row.question,
      cadence: row.cadence,
      startOn: row.startOn,
      endOn: row.endOn,
      status: row.status,
      /** The committer's own calendar day now. */
      today,
      currentPeriod,
      progress,
      // A held or private note is the writer's alone: the partner gets the check-in without it.
      checkIns: mine.map((c) => {
        const own = row.ownerId === pair.userId;
        return { id: c.id, period: c.period, outcome: c.outcome, note: own || c.noteHold === null ? c.note : null, noteHold: own ? c.noteHold : null, response: c.response };
      }),
      // The same for a history note: a held or private one stays with its writer.
      history: history.map((e) => {
        const own = e.byUserId === pair.userId;
        return { id: e.id, kind: e.kind, detail: e.detail, changes: e.changes, by: who(e.byUserId, pair.userId), note: own || e.noteHold === null ? e.note : null, noteHold: own ? e.noteHold : null, at: e.createdAt };
      }),
    };
  });
}
