import type { DbOrTx } from "@/db";
import { agreedDraft, draftTaken } from "@/server/exercises/drafts";
import { exerciseTemplates } from "@/server/exercises/library";
import { listSessions, sessionView } from "@/server/exercises/queries";
import { BREAK_PRESETS_MINUTES } from "@/server/exercises/rules";
import {
  agreeSchema,
  breakSchema,
  draftSchema,
  draftRefSchema,
  reflectionSchema,
  sessionRefSchema,
  startSessionSchema,
  stepRefSchema,
  submitAnswerSchema,
  turnSchema,
} from "@/server/exercises/schema";
import {
  abandonSession,
  acknowledge,
  agreeToDraft,
  callBreak,
  saveDraft,
  saveReflection,
  startSession,
  submitAnswer,
  takeTurn,
} from "@/server/exercises/service";
import type { ExerciseTemplate } from "@/server/exercises/template-schema";
import { announceCouple, announceTo } from "../announce";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

type CoupleCtx = Parameters<typeof pairOf>[0] & { db: DbOrTx };

/** Tells both phones that this session changed (its id only); they refetch through tRPC. */
const changed = (ctx: CoupleCtx, sessionId: string) => announceCouple(ctx.db, ctx.couple.id, { kind: "exercise", id: sessionId });
// For what a therapist never sees (reflections, turns, drafts, breaks): the partners alone hear of it.
const changedForPartners = (ctx: CoupleCtx, sessionId: string) => announceCouple(ctx.db, ctx.couple.id, { kind: "exercise", id: sessionId }, { therapists: false });

const summaryOf = (template: ExerciseTemplate) => ({
  slug: template.slug,
  title: template.title,
  summary: template.summary,
  category: template.category,
  minutes: template.minutes,
  suits: template.suits,
  source: template.source,
  stepCount: template.steps.length,
});

export const exerciseRouter = createTRPCRouter({
  library: coupleProcedure.query(() => ({ templates: exerciseTemplates.map(summaryOf), breakPresets: BREAK_PRESETS_MINUTES })),

  sessions: coupleProcedure.query(async ({ ctx }) => {
    const rows = await listSessions(ctx.db, ctx.couple.id);
    return rows.map((row) => ({
      id: row.id,
      title: (row.template as ExerciseTemplate).title,
      slug: row.templateSlug,
      status: row.status,
      stepIndex: row.stepIndex,
      stepCount: (row.template as ExerciseTemplate).steps.length,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      startedByYou: row.startedBy === ctx.user.id,
    }));
  }),

  get: coupleProcedure.input(sessionRefSchema).query(({ ctx, input }) => sessionView(ctx.db, ctx.couple.id, input.sessionId, ctx.user.id, ctx.partner.id)),
  /** An agreement draft you both agreed to, to prefill a boundary or commitment proposal. */
  agreedDraft: coupleProcedure.input(draftRefSchema).query(async ({ ctx, input }) => {
    const draft = await agreedDraft(ctx.db, pairOf(ctx), input, input.produces);
    return { title: draft.title, details: draft.details, taken: await draftTaken(ctx.db, pairOf(ctx), draft.id, input.produces) };
  }),

  start: coupleProcedure.input(startSessionSchema).mutation(async ({ ctx, input }) => {
    const session = await startSession(ctx.db, pairOf(ctx), input.slug, input.assignmentId);
    await changed(ctx, session.id);
    return session;
  }),

  submitAnswer: coupleProcedure.input(submitAnswerSchema).mutation(async ({ ctx, input }) => {
    const result = await submitAnswer(ctx.db, pairOf(ctx), input, input.answer);
    // A held answer looks to the partner as if it isn't in yet, so only the writer's devices hear of it.
    await announceTo(ctx, { coupleId: ctx.couple.id, audience: result?.supportive ? "self" : "couple" }, { kind: "exercise", id: input.sessionId });
    return { ok: true as const, supportive: result?.supportive ?? false };
  }),

  acknowledge: coupleProcedure.input(stepRefSchema).mutation(async ({ ctx, input }) => {
    await acknowledge(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.sessionId);
    return { ok: true as const };
  }),

  saveReflection: coupleProcedure.input(reflectionSchema).mutation(async ({ ctx, input }) => {
    const result = await saveReflection(ctx.db, pairOf(ctx), input, input.note);
    // Only "done" changes for the partner; the note itself is never announced or shown.
    await changedForPartners(ctx, input.sessionId);
    return { ok: true as const, supportive: result?.supportive ?? false };
  }),

  takeTurn: coupleProcedure.input(turnSchema).mutation(async ({ ctx, input }) => {
    const result = await takeTurn(ctx.db, pairOf(ctx), input, input.action, input.body);
    await changedForPartners(ctx, input.sessionId);
    return { ok: true as const, supportive: result?.supportive ?? false };
  }),

  saveDraft: coupleProcedure.input(draftSchema).mutation(async ({ ctx, input }) => {
    await saveDraft(ctx.db, pairOf(ctx), input, input);
    await changedForPartners(ctx, input.sessionId);
    return { ok: true as const };
  }),

  agreeToDraft: coupleProcedure.input(agreeSchema).mutation(async ({ ctx, input }) => {
    await agreeToDraft(ctx.db, pairOf(ctx), input, input);
    await changedForPartners(ctx, input.sessionId);
    return { ok: true as const };
  }),

  callBreak: coupleProcedure.input(breakSchema).mutation(async ({ ctx, input }) => {
    const result = await callBreak(ctx.db, pairOf(ctx), input.sessionId, input.minutes);
    await changedForPartners(ctx, input.sessionId);
    return result;
  }),

  abandon: coupleProcedure.input(sessionRefSchema).mutation(async ({ ctx, input }) => {
    await abandonSession(ctx.db, pairOf(ctx), input.sessionId);
    await changed(ctx, input.sessionId);
    return { ok: true as const };
  }),
});
