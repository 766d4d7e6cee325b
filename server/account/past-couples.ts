import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  boundaries,
  boundaryComments,
  boundaryVersions,
  commitmentCheckIns,
  commitmentEvents,
  commitments,
  coupleMembers,
  couples,
  exerciseEntries,
  exerciseSessions,
  exerciseTurnMessages,
} from "@/db/schema";
import type { ExerciseTemplate } from "@/server/exercises/template-schema";

/**
 * For the export: what this person wrote in couples that have ended. Once a couple ends nobody can
 * open it in the app any more, but the words are still the writer's own data (GDPR Art. 15/20).
 * Only rows this person wrote are read: nothing of the former partner's, shared or not.
 */
export async function myPastCouples(db: DbOrTx, userId: string) {
  const ended = await db
    .select({ id: couples.id, joinedAt: coupleMembers.joinedAt, endedAt: couples.endedAt })
    .from(coupleMembers)
    .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
    .where(and(eq(coupleMembers.userId, userId), isNotNull(couples.endedAt)))
    .orderBy(asc(coupleMembers.joinedAt));
  if (ended.length === 0) return [];
  const ids = ended.map((c) => c.id);

  const [myCommitments, myCheckIns, myNotes, myAnswers, myTurns, myVersions, myComments] = await Promise.all([
    db.select().from(commitments).where(and(inArray(commitments.coupleId, ids), eq(commitments.ownerId, userId))).orderBy(asc(commitments.createdAt)),
    db
      .select({ commitmentId: commitmentCheckIns.commitmentId, period: commitmentCheckIns.period, outcome: commitmentCheckIns.outcome, note: commitmentCheckIns.note, at: commitmentCheckIns.createdAt })
      .from(commitmentCheckIns)
      .innerJoin(commitments, eq(commitments.id, commitmentCheckIns.commitmentId))
      .where(and(inArray(commitments.coupleId, ids), eq(commitments.ownerId, userId)))
      .orderBy(asc(commitmentCheckIns.period)),
    db
      .select({ commitmentId: commitmentEvents.commitmentId, kind: commitmentEvents.kind, changes: commitmentEvents.changes, note: commitmentEvents.note, at: commitmentEvents.createdAt })
      .from(commitmentEvents)
      .innerJoin(commitments, eq(commitments.id, commitmentEvents.commitmentId))
      .where(and(inArray(commitments.coupleId, ids), eq(commitmentEvents.byUserId, userId)))
      .orderBy(asc(commitmentEvents.createdAt)),
    db
      .select({ coupleId: exerciseSessions.coupleId, sessionId: exerciseSessions.id, template: exerciseSessions.template, startedAt: exerciseSessions.startedAt, stepIndex: exerciseEntries.stepIndex, answer: exerciseEntries.answer })
      .from(exerciseEntries)
      .innerJoin(exerciseSessions, eq(exerciseSessions.id, exerciseEntries.sessionId))
      .where(and(inArray(exerciseSessions.coupleId, ids), eq(exerciseEntries.userId, userId), isNotNull(exerciseEntries.answer)))
      .orderBy(asc(exerciseSessions.startedAt), asc(exerciseEntries.stepIndex)),
    db
      .select({ coupleId: exerciseSessions.coupleId, sessionId: exerciseSessions.id, template: exerciseSessions.template, stepIndex: exerciseTurnMessages.stepIndex, kind: exerciseTurnMessages.kind, body: exerciseTurnMessages.body, at: exerciseTurnMessages.createdAt })
      .from(exerciseTurnMessages)
      .innerJoin(exerciseSessions, eq(exerciseSessions.id, exerciseTurnMessages.sessionId))
      .where(and(inArray(exerciseSessions.coupleId, ids), eq(exerciseTurnMessages.authorId, userId)))
      .orderBy(asc(exerciseTurnMessages.createdAt)),
    db
      .select({ coupleId: boundaries.coupleId, boundaryId: boundaries.id, number: boundaryVersions.number, title: boundaryVersions.title, description: boundaryVersions.description, category: boundaryVersions.category, at: boundaryVersions.proposedAt })
      .from(boundaryVersions)
      .innerJoin(boundaries, eq(boundaries.id, boundaryVersions.boundaryId))
      .where(and(inArray(boundaries.coupleId, ids), eq(boundaryVersions.proposedBy, userId)))
      .orderBy(asc(boundaryVersions.proposedAt)),
    db
      .select({ coupleId: boundaries.coupleId, boundaryId: boundaries.id, body: boundaryComments.body, at: boundaryComments.createdAt })
      .from(boundaryComments)
      .innerJoin(boundaries, eq(boundaries.id, boundaryComments.boundaryId))
      .where(and(inArray(boundaries.coupleId, ids), eq(boundaryComments.authorId, userId)))
      .orderBy(asc(boundaryComments.createdAt)),
  ]);

  const promptOf = (template: unknown, stepIndex: number) => {
    const step = (template as ExerciseTemplate).steps[stepIndex];
    return step && "prompt" in step ? step.prompt : (step?.title ?? null);
  };
  return ended.map((couple) => ({
    joinedAt: couple.joinedAt,
    endedAt: couple.endedAt,
    myCommitments: myCommitments
      .filter((c) => c.coupleId === couple.id)
      .map((c) => ({
        what: c.what,
        why: c.why,
        question: c.question,
        cadence: c.cadence,
        startOn: c.startOn,
        endOn: c.endOn,
        status: c.status,
        checkIns: myCheckIns.filter((k) => k.commitmentId === c.id).map((k) => ({ period: k.period, outcome: k.outcome, note: k.note, at: k.at })),
        myHistory: myNotes.filter((e) => e.commitmentId === c.id).map((e) => ({ kind: e.kind, changes: e.changes, note: e.note, at: e.at })),
      })),
    myExerciseWords: [
      ...myAnswers.filter((a) => a.coupleId === couple.id).map((a) => ({ exercise: (a.template as ExerciseTemplate).title, startedAt: a.startedAt, step: a.stepIndex + 1, prompt: promptOf(a.template, a.stepIndex), answer: a.answer })),
      ...myTurns.filter((t) => t.coupleId === couple.id).map((t) => ({ exercise: (t.template as ExerciseTemplate).title, step: t.stepIndex + 1, turn: t.kind, words: t.body, at: t.at })),
    ],
    myBoundaryProposals: myVersions.filter((v) => v.coupleId === couple.id).map((v) => ({ boundaryId: v.boundaryId, version: v.number, title: v.title, description: v.description, category: v.category, at: v.at })),
    myComments: myComments.filter((c) => c.coupleId === couple.id).map((c) => ({ boundaryId: c.boundaryId, body: c.body, at: c.at })),
  }));
}
