import type { DbOrTx } from "@/db";
import { dueReviews, getBoundary, listBoundaries } from "@/server/boundaries/queries";
import { boundaryRefSchema, boundaryVersionRefSchema, markReviewedSchema, changeBoundarySchema, commentSchema, proposeBoundarySchema } from "@/server/boundaries/schema";
import { addComment, agreeToRetire, agreeToVersion, markReviewed, proposeBoundary, proposeChange, proposeRetire, requestRevisit } from "@/server/boundaries/service";
import { announceCouple, announceTo } from "../announce";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

type CoupleCtx = Parameters<typeof pairOf>[0] & { db: DbOrTx };
const changed = (ctx: CoupleCtx, id: string) => announceCouple(ctx.db, ctx.couple.id, { kind: "boundary", id });

export const boundaryRouter = createTRPCRouter({
  list: coupleProcedure.query(({ ctx }) => listBoundaries(ctx.db, ctx.couple.id, ctx.user.id)),
  /** Agreed boundaries whose review date has come and that you haven't marked as looked at. */
  reviewsDue: coupleProcedure.query(({ ctx }) => dueReviews(ctx.db, ctx.couple.id, ctx.user.id)),
  get: coupleProcedure.input(boundaryRefSchema).query(({ ctx, input }) => getBoundary(ctx.db, ctx.couple.id, input.boundaryId, ctx.user.id)),

  propose: coupleProcedure.input(proposeBoundarySchema).mutation(async ({ ctx, input }) => {
    const { fromDraft, ...fields } = input;
    const result = await proposeBoundary(ctx.db, pairOf(ctx), fields, fromDraft);
    await changed(ctx, result.id);
    // The exercise shows where its draft went.
    if (fromDraft) await announceCouple(ctx.db, ctx.couple.id, { kind: "exercise", id: fromDraft.sessionId });
    return result;
  }),
  proposeChange: coupleProcedure.input(changeBoundarySchema).mutation(async ({ ctx, input }) => {
    const { boundaryId, version, revision, ...fields } = input;
    const result = await proposeChange(ctx.db, pairOf(ctx), { boundaryId, version, revision }, fields);
    await changed(ctx, boundaryId);
    return result;
  }),
  agree: coupleProcedure.input(boundaryVersionRefSchema).mutation(async ({ ctx, input }) => {
    const result = await agreeToVersion(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.boundaryId);
    return result;
  }),
  requestRevisit: coupleProcedure.input(boundaryVersionRefSchema).mutation(async ({ ctx, input }) => {
    await requestRevisit(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.boundaryId);
    return { ok: true as const };
  }),
  proposeRetire: coupleProcedure.input(boundaryVersionRefSchema).mutation(async ({ ctx, input }) => {
    await proposeRetire(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.boundaryId);
    return { ok: true as const };
  }),
  agreeToRetire: coupleProcedure.input(boundaryVersionRefSchema).mutation(async ({ ctx, input }) => {
    await agreeToRetire(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.boundaryId);
    return { ok: true as const };
  }),
  markReviewed: coupleProcedure.input(markReviewedSchema).mutation(async ({ ctx, input }) => {
    await markReviewed(ctx.db, pairOf(ctx), input.boundaryId, input.reviewOn);
    await announceCouple(ctx.db, ctx.couple.id, { kind: "boundary", id: input.boundaryId }, { therapists: false });
    return { ok: true as const };
  }),
  comment: coupleProcedure.input(commentSchema).mutation(async ({ ctx, input }) => {
    const result = await addComment(ctx.db, pairOf(ctx), input.boundaryId, input.body);
    // A held comment is its writer's alone until they choose, so only their own devices hear of it.
    // Comments never reach a therapist, so neither does news of one.
    await announceTo(ctx, { coupleId: ctx.couple.id, audience: result.supportive ? "self" : "couple", therapists: false }, { kind: "boundary", id: input.boundaryId });
    return result;
  }),
});
