import type { DbOrTx } from "@/db";
import { acknowledgeSchema, changeCommitmentSchema, checkInSchema, createCommitmentSchema, lifecycleSchema, respondSchema } from "@/server/commitments/schema";
import { acknowledgeCommitment, changeCommitment, changeLifecycle, checkIn, createCommitment, listCommitments, respondToCheckIn } from "@/server/commitments/service";
import { announceCouple } from "../announce";
import { coupleProcedure, createTRPCRouter, pairOf } from "../init";

type CoupleCtx = Parameters<typeof pairOf>[0] & { db: DbOrTx };
const changed = (ctx: CoupleCtx, id: string) => announceCouple(ctx.db, ctx.couple.id, { kind: "commitment", id });

export const commitmentRouter = createTRPCRouter({
  list: coupleProcedure.query(({ ctx }) => listCommitments(ctx.db, pairOf(ctx))),
  create: coupleProcedure.input(createCommitmentSchema).mutation(async ({ ctx, input }) => {
    const result = await createCommitment(ctx.db, pairOf(ctx), input);
    await changed(ctx, result.id);
    if (input.fromDraft) await announceCouple(ctx.db, ctx.couple.id, { kind: "exercise", id: input.fromDraft.sessionId });
    return result;
  }),
  acknowledge: coupleProcedure.input(acknowledgeSchema).mutation(async ({ ctx, input }) => {
    await acknowledgeCommitment(ctx.db, pairOf(ctx), input.commitmentId, input.response);
    await changed(ctx, input.commitmentId);
    return { ok: true as const };
  }),
  change: coupleProcedure.input(changeCommitmentSchema).mutation(async ({ ctx, input }) => {
    const result = await changeCommitment(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.commitmentId);
    return { ok: true as const, ...result };
  }),
  lifecycle: coupleProcedure.input(lifecycleSchema).mutation(async ({ ctx, input }) => {
    const result = await changeLifecycle(ctx.db, pairOf(ctx), input.commitmentId, input.action, input.note);
    await changed(ctx, input.commitmentId);
    return { ok: true as const, ...result };
  }),
  checkIn: coupleProcedure.input(checkInSchema).mutation(async ({ ctx, input }) => {
    const result = await checkIn(ctx.db, pairOf(ctx), input);
    await changed(ctx, input.commitmentId);
    return result;
  }),
  respond: coupleProcedure.input(respondSchema).mutation(async ({ ctx, input }) => {
    await respondToCheckIn(ctx.db, pairOf(ctx), input.checkInId, input.response);
    await changed(ctx, input.checkInId);
    return { ok: true as const };
  }),
});
