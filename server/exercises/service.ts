import "server-only";
import { and, count, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { exerciseAgreementDrafts, exerciseEntries, exerciseSessions, exerciseTurnMessages, therapistAssignments, therapistLinks, type TextHold } from "@/db/schema";
import type { Pair } from "@/server/couple/ids";
import { AppError } from "@/server/errors";
import { holdFor, supportFor } from "@/server/safety/holds";
import { findTemplate } from "./library";
import { findSession, isIn } from "./queries";
import { MAX_BREAK_MINUTES, MIN_BREAK_MINUTES, answerSchemaFor, turnState, type TurnAction } from "./rules";
import type { ExerciseStep, ExerciseTemplate } from "./template-schema";


type Session = Awaited<ReturnType<typeof findSession>>;

export async function startSession(db: Db, pair: Pair, slug: string, assignmentId?: string) {
  const template = findTemplate(slug);
  if (!template) throw new AppError("NOT_FOUND", "We couldn't find that exercise.", { field: "slug" });
  if (assignmentId) {
    // Homework of a therapist this couple works with now, for this very exercise.
    const [assignment] = await db
      .select({ slug: therapistAssignments.templateSlug })
      .from(therapistAssignments)
      .innerJoin(therapistLinks, eq(therapistLinks.id, therapistAssignments.linkId))
      .where(and(eq(therapistAssignments.id, assignmentId), eq(therapistAssignments.coupleId, pair.coupleId), isNull(therapistLinks.endedAt)));
    if (!assignment || assignment.slug !== slug) throw new AppError("NOT_FOUND", "We couldn't find that homework.", { field: "assignmentId" });
  }
  return startSessionFrom(db, pair, template, assignmentId);
}

/** Starts a session pinned to this exact template: later template edits never change it. */
export async function startSessionFrom(db: Db, pair: Pair, template: ExerciseTemplate, assignmentId?: string) {
  const [session] = await db
    .insert(exerciseSessions)
    .values({ coupleId: pair.coupleId, templateSlug: template.slug, templateVersion: template.version, template, startedBy: pair.userId, assignmentId: assignmentId ?? null })
    .returning({ id: exerciseSessions.id });
  if (!session) throw new Error("session insert returned no row");
  return { id: session.id };
}

/**
 * Every change to a session runs here: one transaction with the session row locked, so two
 * partners acting at the same moment are applied one after the other — no lost answer, no
 * skipped step. The client says which step it acted on; if the session has moved on, CONFLICT.
 */
async function onStep<T>(
  db: Db,
  pair: Pair,
  ref: { sessionId: string; stepIndex: number },
  kind: ExerciseStep["kind"] | ExerciseStep["kind"][],
  act: (tx: Tx, session: Session, step: ExerciseStep) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const session = await findSession(tx, pair.coupleId, ref.sessionId, { lock: true });
    if (session.status !== "active") throw new AppError("BAD_REQUEST", "This exercise has ended, so it can't be changed.", { reason: "ended" });
    if (session.breakUntil && session.breakUntil > new Date()) {
      throw new AppError("BAD_REQUEST", "You're taking a break right now. The exercise opens again when the break ends.", { reason: "on_break" });
    }
    if (session.stepIndex !== ref.stepIndex) {
      throw new AppError("CONFLICT", "This step has moved on. Here's where you both are now.", { reason: "step_moved" });
    }
    const step = session.template.steps[ref.stepIndex];
    const kinds = Array.isArray(kind) ? kind : [kind];
    if (!step || !kinds.includes(step.kind)) throw new AppError("BAD_REQUEST", "That doesn't fit this step of the exercise.", { reason: "wrong_step" });
    const result = await act(tx, session, step);
    await advanceIfBothDone(tx, session, step, pair);
    return result;
  });
}

/** Both partners' entries for one step, in one query: [the writer's, the partner's]. */
async function entriesOf(tx: Tx, sessionId: string, stepIndex: number, pair: Pair) {
  const rows = await tx
    .select({ id: exerciseEntries.id, userId: exerciseEntries.userId, doneAt: exerciseEntries.doneAt, movedOnAt: exerciseEntries.movedOnAt, hold: exerciseEntries.hold })
    .from(exerciseEntries)
    .where(and(eq(exerciseEntries.sessionId, sessionId), eq(exerciseEntries.stepIndex, stepIndex), inArray(exerciseEntries.userId, [pair.userId, pair.partnerId])));
  const of = (userId: string) => rows.find((row) => row.userId === userId) ?? null;
  return [of(pair.userId), of(pair.partnerId)] as const;
}

async function upsertEntry(tx: Tx, sessionId: string, stepIndex: number, userId: string, values: { answer?: unknown; doneAt?: Date | null; movedOnAt?: Date; hold?: TextHold | null }) {
  const now = new Date();
  await tx
    .insert(exerciseEntries)
    .values({ sessionId, stepIndex, userId, answer: values.answer ?? null, doneAt: values.doneAt ?? null, movedOnAt: values.movedOnAt ?? null, hold: values.hold ?? null, updatedAt: now })
    .onConflictDoUpdate({
      target: [exerciseEntries.sessionId, exerciseEntries.stepIndex, exerciseEntries.userId],
      set: {
        ...(values.answer !== undefined ? { answer: values.answer } : {}),
        ...(values.doneAt !== undefined ? { doneAt: values.doneAt } : {}),
        ...(values.movedOnAt !== undefined ? { movedOnAt: values.movedOnAt } : {}),
        ...(values.hold !== undefined ? { hold: values.hold } : {}),
        updatedAt: now,
      },
    });
}

async function turnMessages(tx: Tx, sessionId: string, stepIndex: number) {
  return tx
    .select({ authorId: exerciseTurnMessages.authorId, kind: exerciseTurnMessages.kind })
    .from(exerciseTurnMessages)
    .where(and(eq(exerciseTurnMessages.sessionId, sessionId), eq(exerciseTurnMessages.stepIndex, stepIndex)))
    .orderBy(exerciseTurnMessages.seq);
}

function firstSpeakerOf(session: Session, pair: Pair) {
  const first = session.startedBy === pair.partnerId ? pair.partnerId : pair.userId;
  return { first, other: first === pair.userId ? pair.partnerId : pair.userId };
}

async function advanceIfBothDone(tx: Tx, session: Session, step: ExerciseStep, pair: Pair) {
  let complete: boolean;
  if (step.kind === "turns") {
    const { first, other } = firstSpeakerOf(session, pair);
    complete = turnState(await turnMessages(tx, session.id, session.stepIndex), step.turns, first, other).next === null;
  } else {
    const column = step.kind === "private-then-reveal" ? exerciseEntries.movedOnAt : exerciseEntries.doneAt;
    const [row] = await tx
      .select({ n: count() })
      .from(exerciseEntries)
      .where(
        and(
          eq(exerciseEntries.sessionId, session.id),
          eq(exerciseEntries.stepIndex, session.stepIndex),
          inArray(exerciseEntries.userId, [pair.userId, pair.partnerId]),
          isNotNull(column),
        ),
      );
    complete = (row?.n ?? 0) >= 2;
  }
  if (!complete) return;
  const last = session.stepIndex >= session.template.steps.length - 1;
  const now = new Date();
  await tx
    .update(exerciseSessions)
    .set(last ? { status: "completed", endedAt: now, updatedAt: now } : { stepIndex: sql`${exerciseSessions.stepIndex} + 1`, updatedAt: now })
    .where(eq(exerciseSessions.id, session.id));
}

/** A private answer. It can be changed until both have submitted; then both are revealed and fixed. */
export async function submitAnswer(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }, answer: unknown) {
  return onStep(db, pair, ref, "private-then-reveal", async (tx, session, step) => {
    if (step.kind !== "private-then-reveal") return;
    const parsed = answerSchemaFor(step.answer).safeParse(answer);
    if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "That answer doesn't fit this question.", { field: "answer" });
    const [mine, partner] = await entriesOf(tx, session.id, ref.stepIndex, pair);
    if (isIn(mine) && isIn(partner)) throw new AppError("CONFLICT", "Both answers have been revealed, so they can't be changed now.", { reason: "revealed" });
    // Words the supportive check stops at are held from the reveal until the writer chooses.
    const hold = holdFor(parsed.data);
    await upsertEntry(tx, session.id, ref.stepIndex, pair.userId, { answer: parsed.data, doneAt: new Date(), hold });
    return { supportive: hold === "held" };
  });
}

/** Guidance read, or a reveal seen: ready to move on. */
export async function acknowledge(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }) {
  return onStep(db, pair, ref, ["guidance", "private-then-reveal"], async (tx, session, step) => {
    if (step.kind === "guidance") return upsertEntry(tx, session.id, ref.stepIndex, pair.userId, { doneAt: new Date() });
    const [mine, partner] = await entriesOf(tx, session.id, ref.stepIndex, pair);
    if (!isIn(mine) || !isIn(partner)) throw new AppError("BAD_REQUEST", "You can move on once both answers are in.", { reason: "not_revealed" });
    await upsertEntry(tx, session.id, ref.stepIndex, pair.userId, { movedOnAt: new Date() });
  });
}

/** A private note for the writer only; `null` moves on without writing anything. */
export async function saveReflection(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }, note: string | null) {
  // Private to the writer anyway: the supportive panel is all there is to it.
  await onStep(db, pair, ref, "reflection", (tx, session) => upsertEntry(tx, session.id, ref.stepIndex, pair.userId, { answer: note, doneAt: new Date() }));
  return { supportive: supportFor(note) };
}

/** One move in a speaker–listener exchange, checked against whose turn it is. */
export async function takeTurn(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }, action: TurnAction, body: string | undefined) {
  return onStep(db, pair, ref, "turns", async (tx, session, step) => {
    if (step.kind !== "turns") return;
    const messages = await turnMessages(tx, session.id, ref.stepIndex);
    const { first, other } = firstSpeakerOf(session, pair);
    const state = turnState(messages, step.turns, first, other);
    if (!state.next || state.next.userId !== pair.userId) {
      throw new AppError("CONFLICT", "It's your partner's turn right now.", { reason: "not_your_turn" });
    }
    if (!state.next.actions.includes(action)) {
      const expected = state.next.actions[0] === "paraphrase" ? "put what you heard into your own words" : state.next.actions[0] === "speak" ? "share your part" : "say whether your partner got it right";
      throw new AppError("BAD_REQUEST", `Right now it's time to ${expected}.`, { reason: "wrong_turn_action" });
    }
    const needsBody = action !== "confirm";
    if (needsBody && !body) throw new AppError("BAD_REQUEST", "Please write something first.", { field: "body" });
    if (!needsBody && body) throw new AppError("BAD_REQUEST", "A confirmation has no text.", { field: "body" });
    await tx.insert(exerciseTurnMessages).values({
      sessionId: session.id,
      stepIndex: ref.stepIndex,
      seq: messages.length + 1,
      authorId: pair.userId,
      kind: action,
      body: needsBody ? body : null,
    });
    // Turns are a live exchange, so nothing is held back; the writer still sees the supportive panel.
    return { supportive: supportFor(body) };
  });
}

/** Either partner writes or edits the shared draft; an edit asks both to agree again. */
export async function saveDraft(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }, draft: { title: string; details: string }) {
  return onStep(db, pair, ref, "agreement", async (tx, session, step) => {
    if (step.kind !== "agreement") return;
    const now = new Date();
    await tx
      .insert(exerciseAgreementDrafts)
      .values({ sessionId: session.id, stepIndex: ref.stepIndex, produces: step.produces, title: draft.title, details: draft.details, editedBy: pair.userId, updatedAt: now })
      .onConflictDoUpdate({
        target: [exerciseAgreementDrafts.sessionId, exerciseAgreementDrafts.stepIndex],
        set: { title: draft.title, details: draft.details, editedBy: pair.userId, updatedAt: now },
      });
    // Consent is to this exact wording: nobody stays "agreed" to a text that changed.
    await tx
      .update(exerciseEntries)
      .set({ doneAt: null, updatedAt: now })
      .where(and(eq(exerciseEntries.sessionId, session.id), eq(exerciseEntries.stepIndex, ref.stepIndex)));
  });
}

export async function agreeToDraft(db: Db, pair: Pair, ref: { sessionId: string; stepIndex: number }, seen: { title: string; details: string }) {
  return onStep(db, pair, ref, "agreement", async (tx, session) => {
    const [draft] = await tx
      .select({ id: exerciseAgreementDrafts.id, title: exerciseAgreementDrafts.title, details: exerciseAgreementDrafts.details })
      .from(exerciseAgreementDrafts)
      .where(and(eq(exerciseAgreementDrafts.sessionId, session.id), eq(exerciseAgreementDrafts.stepIndex, ref.stepIndex)));
    if (!draft) throw new AppError("BAD_REQUEST", "Write a draft first, then you can both agree to it.", { reason: "no_draft" });
    if (draft.title !== seen.title.trim() || draft.details !== seen.details.trim()) {
      throw new AppError("CONFLICT", "The draft was just changed. Please read the new wording before agreeing.", { reason: "draft_changed" });
    }
    await upsertEntry(tx, session.id, ref.stepIndex, pair.userId, { doneAt: new Date() });
  });
}

/**
 * A time-out: either partner, any step, no reason and no approval. Between 20 minutes and 24 hours;
 * a second break never shortens one already running.
 */
export async function callBreak(db: Db, pair: Pair, sessionId: string, minutes: number) {
  if (!Number.isInteger(minutes) || minutes < MIN_BREAK_MINUTES || minutes > MAX_BREAK_MINUTES) {
    throw new AppError("BAD_REQUEST", "A break lasts from 20 minutes to 24 hours.", { field: "minutes" });
  }
  return db.transaction(async (tx) => {
    const session = await findSession(tx, pair.coupleId, sessionId, { lock: true });
    if (session.status !== "active") throw new AppError("BAD_REQUEST", "This exercise has ended.", { reason: "ended" });
    const proposed = new Date(Date.now() + minutes * 60_000);
    const until = session.breakUntil && session.breakUntil > proposed ? session.breakUntil : proposed;
    // The banner names whoever set the break that is actually running.
    const breakBy = until === proposed ? pair.userId : session.breakBy;
    await tx.update(exerciseSessions).set({ breakUntil: until, breakBy, updatedAt: new Date() }).where(eq(exerciseSessions.id, session.id));
    return { until };
  });
}

/** Either partner may stop an exercise, alone; the other sees a neutral notice. */
export async function abandonSession(db: Db, pair: Pair, sessionId: string) {
  return db.transaction(async (tx) => {
    const session = await findSession(tx, pair.coupleId, sessionId, { lock: true });
    if (session.status !== "active") return;
    const now = new Date();
    await tx.update(exerciseSessions).set({ status: "abandoned", endedAt: now, updatedAt: now }).where(eq(exerciseSessions.id, session.id));
  });
}
