import { moodRefSchema, saveMoodSchema } from "@/server/wellbeing/schema";
import { myMoods, saveMood, shareMood, sharedMoods, unshareMood } from "@/server/wellbeing/service";
import { announceCouple } from "../announce";
import { coupleProcedure, createTRPCRouter, pairOf, protectedProcedure } from "../init";

/**
 * The private space's daily check-in. Saving and reading your own needs no couple; only sharing
 * does. A private entry is never announced: only a shared one's kind and id reach the couple.
 */
export const wellbeingRouter = createTRPCRouter({
  save: protectedProcedure.input(saveMoodSchema).mutation(async ({ ctx, input }) => {
    const { id, day, supportive, sharedWith } = await saveMood(ctx.db, ctx.user.id, input);
    if (sharedWith) await announceCouple(ctx.db, sharedWith, { kind: "mood", id });
    return { id, day, supportive };
  }),
  mine: protectedProcedure.query(({ ctx }) => myMoods(ctx.db, ctx.user.id)),
  share: coupleProcedure.input(moodRefSchema).mutation(async ({ ctx, input }) => {
    await shareMood(ctx.db, pairOf(ctx), input.id);
    await announceCouple(ctx.db, ctx.couple.id, { kind: "mood", id: input.id });
    return { ok: true as const };
  }),
  unshare: protectedProcedure.input(moodRefSchema).mutation(async ({ ctx, input }) => {
    const { sharedWith } = await unshareMood(ctx.db, ctx.user.id, input.id);
    if (sharedWith) await announceCouple(ctx.db, sharedWith, { kind: "mood", id: input.id });
    return { ok: true as const };
  }),
  /** Shared entries of both partners, for the mood trend both can see. */
  shared: coupleProcedure.query(({ ctx }) => sharedMoods(ctx.db, ctx.couple.id, ctx.user.id, ctx.partner.id)),
});
