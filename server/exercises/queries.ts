import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { boundaries, commitments, exerciseAgreementDrafts, exerciseEntries, exerciseSessions, exerciseTurnMessages } from "@/db/schema";
import type { CoupleId } from "@/server/couple/ids";
import { AppError } from "@/server/errors";
import { turnState, type TurnAction } from "./rules";
import type { ExerciseStep, ExerciseTemplate } from "./template-schema";

export type StepView =
  | { kind: "guidance"; youAcknowledged: boolean; partnerAcknowledged: boolean }
  | {
      kind: "private-then-reveal";
      yours: unknown;
      youSubmitted: boolean;
      partnerSubmitted: boolean;
      revealed: boolean;
      youMovedOn: boolean;
      partnerMovedOn: boolean;
      yourHold: "held" | "private" | null;
      partnerWithheld: boolean;
      /** Present only once both have submitted: the server never sends an unrevealed answer. */
      partners?: unknown;
    }
  | { kind: "reflection"; yours: string | null; youAreDone: boolean; partnerIsDone: boolean }
  | {
      kind: "turns";
      messages: Array<{ seq: number; by: "you" | "partner"; kind: TurnAction; body: string | null }>;
      turn: number;
      completedTurns: number;
      youSpeak: boolean;
      yourActions: TurnAction[];
      waitingForPartner: boolean;
    }
  | {
      kind: "agreement";
      draft: { title: string; details: string; editedBy: "you" | "partner" | null } | null;
      youAgreed: boolean;
      partnerAgreed: boolean;
      /** Where the agreed draft went: the boundary proposed from it, or your own commitment made from it. */
      takenFurther: { boundaryId: string } | { commitmentId: string } | null;
    };

/**
 * Whether a private-then-reveal answer counts as submitted for the reveal: saved, and not held by
 * the supportive check (a held answer waits for its writer to share it or keep it private).
 */
export const isIn = (entry: { doneAt: Date | null; hold: string | null } | null | undefined): boolean => Boolean(entry?.doneAt) && entry?.hold !== "held";

/** Loads a session of this couple (NOT_FOUND for any other), locking it when asked. */
export async function findSession(db: DbOrTx, coupleId: CoupleId, sessionId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(exerciseSessions)
    .where(and(eq(exerciseSessions.id, sessionId), eq(exerciseSessions.coupleId, coupleId)))
    .limit(1);
  const [session] = options.lock ? await query.for("update") : await query;
  if (!session) throw new AppError("NOT_FOUND", "We couldn't find this exercise.");
  return { ...session, template: session.template as ExerciseTemplate };
}

/** The couple's sessions, newest first; `limit: null` for all of them (the export). */
export async function listSessions(db: DbOrTx, coupleId: CoupleId, limit: number | null = 100) {
  const query = db
    .select({
      id: exerciseSessions.id,
      templateSlug: exerciseSessions.templateSlug,
      template: exerciseSessions.template,
      status: exerciseSessions.status,
      stepIndex: exerciseSessions.stepIndex,
      startedAt: exerciseSessions.startedAt,
      endedAt: exerciseSessions.endedAt,
      startedBy: exerciseSessions.startedBy,
    })
    .from(exerciseSessions)
    .where(eq(exerciseSessions.coupleId, coupleId))
    .orderBy(desc(exerciseSessions.startedAt));
  return limit === null ? query : query.limit(limit);
}

/**
 * Everything one partner may see of a session: the privacy rules of every step kind live here.
 * The partner's private answer appears only after both have submitted; a reflection never does.
 */
export async function sessionView(db: DbOrTx, coupleId: CoupleId, sessionId: string, viewerId: string, partnerId: string) {
  const session = await findSession(db, coupleId, sessionId);
  const [entries, messages, drafts] = await Promise.all([
    db
      .select({ stepIndex: exerciseEntries.stepIndex, userId: exerciseEntries.userId, answer: exerciseEntries.answer, hold: exerciseEntries.hold, doneAt: exerciseEntries.doneAt, movedOnAt: exerciseEntries.movedOnAt })
      .from(exerciseEntries)
      .where(and(eq(exerciseEntries.sessionId, session.id), inArray(exerciseEntries.userId, [viewerId, partnerId]))),
    db
      .select({ stepIndex: exerciseTurnMessages.stepIndex, seq: exerciseTurnMessages.seq, authorId: exerciseTurnMessages.authorId, kind: exerciseTurnMessages.kind, body: exerciseTurnMessages.body })
      .from(exerciseTurnMessages)
      .where(eq(exerciseTurnMessages.sessionId, session.id))
      .orderBy(asc(exerciseTurnMessages.stepIndex), asc(exerciseTurnMessages.seq)),
    db
      .select({ stepIndex: exerciseAgreementDrafts.stepIndex, title: exerciseAgreementDrafts.title, details: exerciseAgreementDrafts.details, editedBy: exerciseAgreementDrafts.editedBy, boundaryId: boundaries.id })
      .from(exerciseAgreementDrafts)
      .leftJoin(boundaries, and(eq(boundaries.sourceDraftId, exerciseAgreementDrafts.id), eq(boundaries.coupleId, coupleId)))
      .where(eq(exerciseAgreementDrafts.sessionId, session.id)),
  ]);
  const ownCommitments = drafts.length
    ? await db
        .select({ id: commitments.id, draftId: exerciseAgreementDrafts.id, stepIndex: exerciseAgreementDrafts.stepIndex })
        .from(commitments)
        .innerJoin(exerciseAgreementDrafts, eq(exerciseAgreementDrafts.id, commitments.sourceDraftId))
        .where(and(eq(exerciseAgreementDrafts.sessionId, session.id), eq(commitments.coupleId, coupleId), eq(commitments.ownerId, viewerId)))
    : [];
  const firstSpeaker = session.startedBy === partnerId ? partnerId : viewerId;
  const other = firstSpeaker === viewerId ? partnerId : viewerId;

  const views: StepView[] = session.template.steps.slice(0, session.stepIndex + 1).map((step: ExerciseStep, index) => {
    const mine = entries.find((e) => e.stepIndex === index && e.userId === viewerId);
    const theirs = entries.find((e) => e.stepIndex === index && e.userId === partnerId);
    switch (step.kind) {
      case "guidance":
        return { kind: "guidance", youAcknowledged: Boolean(mine?.doneAt), partnerAcknowledged: Boolean(theirs?.doneAt) };
      case "private-then-reveal": {
        // A held answer is not "in" for the partner until its writer chooses: to them it looks
        // like an answer still being written, so nothing hints that the supportive check fired.
        const theirsIn = isIn(theirs);
        const revealed = isIn(mine) && theirsIn;
        return {
          kind: "private-then-reveal",
          yours: mine?.answer ?? null,
          youSubmitted: Boolean(mine?.doneAt),
          partnerSubmitted: theirsIn,
          revealed,
          youMovedOn: Boolean(mine?.movedOnAt),
          partnerMovedOn: Boolean(theirs?.movedOnAt),
          /** Your own answer's supportive-check hold: yours to share or keep private. */
          yourHold: mine?.hold ?? null,
          // An answer its writer chose to keep private: the partner sees it isn't shared, not why.
          partnerWithheld: revealed && theirs?.hold === "private",
          ...(revealed ? { partners: theirs?.hold == null ? (theirs?.answer ?? null) : null } : {}),
        };
      }
      case "reflection":
        // Never the partner's words: only whether they have finished this step.
        return { kind: "reflection", yours: (mine?.answer as string | null | undefined) ?? null, youAreDone: Boolean(mine?.doneAt), partnerIsDone: Boolean(theirs?.doneAt) };
      case "turns": {
        const own = messages.filter((m) => m.stepIndex === index);
        const state = turnState(own, step.turns, firstSpeaker, other);
        return {
          kind: "turns",
          messages: own.map((m) => ({ seq: m.seq, by: m.authorId === viewerId ? "you" : "partner", kind: m.kind, body: m.body })),
          turn: state.turn,
          completedTurns: state.completedTurns,
          youSpeak: state.speakerId === viewerId,
          yourActions: state.next?.userId === viewerId ? state.next.actions : [],
          waitingForPartner: state.next !== null && state.next.userId !== viewerId,
        };
      }
      case "agreement": {
        const draft = drafts.find((d) => d.stepIndex === index);
        return {
          kind: "agreement",
          draft: draft ? { title: draft.title, details: draft.details, editedBy: draft.editedBy === viewerId ? "you" : draft.editedBy ? "partner" : null } : null,
          youAgreed: Boolean(mine?.doneAt),
          partnerAgreed: Boolean(theirs?.doneAt),
          takenFurther: draft?.boundaryId
            ? { boundaryId: draft.boundaryId }
            : (() => {
                const made = ownCommitments.find((c) => c.stepIndex === index);
                return made ? { commitmentId: made.id } : null;
              })(),
        };
      }
    }
  });

  const { template } = session;
  return {
    id: session.id,
    status: session.status,
    stepIndex: session.stepIndex,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    startedByYou: session.startedBy === viewerId,
    breakUntil: session.breakUntil && session.breakUntil > new Date() ? session.breakUntil : null,
    breakByYou: session.breakBy === viewerId,
    template: {
      slug: template.slug,
      version: template.version,
      title: template.title,
      summary: template.summary,
      source: template.source,
      steps: template.steps,
    },
    views,
  };
}
export type SessionView = Awaited<ReturnType<typeof sessionView>>;
